package id.rancang.analysis.web;

import id.rancang.analysis.Initiative;
import id.rancang.analysis.InitiativeCommand;
import id.rancang.analysis.InitiativeStatus;
import id.rancang.analysis.InitiativeType;

/** The page form of an existing initiative. */
public class InitiativeForm {

    private String name;
    private String description;
    private String ownerOffice;
    private String dimension;
    private String subDimension;
    private InitiativeType type = InitiativeType.APPLICATION;
    private InitiativeStatus status = InitiativeStatus.OPERATIONAL;
    private String spbeService;
    private Long version;

    static InitiativeForm of(Initiative i) {
        InitiativeForm form = new InitiativeForm();
        form.name = i.name();
        form.description = i.description();
        form.ownerOffice = i.ownerOffice();
        form.dimension = i.dimension();
        form.subDimension = i.subDimension();
        form.type = i.type();
        form.status = i.status();
        form.spbeService = i.spbeService();
        form.version = i.version();
        return form;
    }

    InitiativeCommand command() {
        return new InitiativeCommand(
                name, description, ownerOffice, dimension, subDimension, type, status, spbeService, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwnerOffice() {
        return ownerOffice;
    }

    public void setOwnerOffice(String ownerOffice) {
        this.ownerOffice = ownerOffice;
    }

    public String getDimension() {
        return dimension;
    }

    public void setDimension(String dimension) {
        this.dimension = dimension;
    }

    public String getSubDimension() {
        return subDimension;
    }

    public void setSubDimension(String subDimension) {
        this.subDimension = subDimension;
    }

    public InitiativeType getType() {
        return type;
    }

    public void setType(InitiativeType type) {
        this.type = type;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public void setStatus(InitiativeStatus status) {
        this.status = status;
    }

    public String getSpbeService() {
        return spbeService;
    }

    public void setSpbeService(String spbeService) {
        this.spbeService = spbeService;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
