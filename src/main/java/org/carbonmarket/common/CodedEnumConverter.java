package org.carbonmarket.common;

import jakarta.persistence.AttributeConverter;
import java.lang.reflect.ParameterizedType;

/**
 * Stores a {@link CodedEnum} as its code, which is what the schema's check constraints list. An enum declares its
 * converter as {@code public static class Converter extends CodedEnumConverter<Qualifier> {}}: the type argument
 * names the enum.
 */
public abstract class CodedEnumConverter<E extends Enum<E> & CodedEnum> implements AttributeConverter<E, String> {

    private final Class<E> type;

    @SuppressWarnings("unchecked")
    protected CodedEnumConverter() {
        this.type = (Class<E>) ((ParameterizedType) getClass().getGenericSuperclass()).getActualTypeArguments()[0];
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null ? null : CodedEnum.fromCode(type, code);
    }
}
