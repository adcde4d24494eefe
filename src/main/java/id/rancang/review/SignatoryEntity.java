package id.rancang.review;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("commitment_signatory")
class SignatoryEntity {

    @Id
    Long id;

    long masterplanId;
    String name;
    String position;
    String officeCode;
    SignatoryRole role;
    LocalDate signedOn;
    String note;
    Instant createdAt;

    @Version
    Long version;

    Signatory toSignatory() {
        return new Signatory(id, masterplanId, name, position, officeCode, role, signedOn, note, version);
    }
}
