package org.carbonmarket.common;

import com.fasterxml.jackson.annotation.JsonValue;

/** An enum whose constants are stored and published as lower-case codes ("more_than"). */
public interface CodedEnum {

    String name();

    @JsonValue
    default String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static <E extends Enum<E> & CodedEnum> E fromCode(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + code + "'");
    }

    static <E extends Enum<E> & CodedEnum> java.util.List<String> codes(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).toList();
    }
}
