package id.rancang.region;

import id.rancang.shared.RegionCode;

/** An administrative area with its Kemendagri code and its name in normal capitalisation. */
public record Region(RegionCode code, String name, RegionType type, RegionCode parentCode) {

    public String provinceCode() {
        return code.provinceCode();
    }
}
