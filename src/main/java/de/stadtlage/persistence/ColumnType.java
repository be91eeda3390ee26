package de.stadtlage.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/**
 * The column types of Stadtlage's schema, as a backup stores their values: numbers and booleans as JSON, text as
 * JSON strings, decimals, dates and times as ISO strings. Named after the {@code information_schema} type names of
 * H2 and PostgreSQL, so a backup of one restores into the other.
 */
enum ColumnType {
    SMALLINT(SQLDataType.SMALLINT),
    INTEGER(SQLDataType.INTEGER),
    BIGINT(SQLDataType.BIGINT),
    DOUBLE(SQLDataType.DOUBLE),
    DECIMAL(SQLDataType.DECIMAL),
    BOOLEAN(SQLDataType.BOOLEAN),
    TEXT(SQLDataType.VARCHAR),
    DATE(SQLDataType.LOCALDATE),
    TIME(SQLDataType.LOCALTIME),
    TIMESTAMP(SQLDataType.LOCALDATETIME),
    TIMESTAMP_WITH_TIME_ZONE(SQLDataType.OFFSETDATETIME);

    private final DataType<?> dataType;

    ColumnType(DataType<?> dataType) {
        this.dataType = dataType;
    }

    DataType<?> dataType() {
        return dataType;
    }

    /** The type of an {@code information_schema.columns.data_type}, or an exception for one Stadtlage never uses. */
    static ColumnType of(String informationSchemaType) {
        String type = informationSchemaType.toUpperCase(Locale.ROOT);
        return switch (type) {
            case "SMALLINT", "INT2" -> SMALLINT;
            case "INTEGER", "INT", "INT4" -> INTEGER;
            case "BIGINT", "INT8" -> BIGINT;
            case "DOUBLE PRECISION", "DOUBLE", "FLOAT8", "REAL", "FLOAT" -> DOUBLE;
            case "NUMERIC", "DECIMAL" -> DECIMAL;
            case "BOOLEAN", "BOOL" -> BOOLEAN;
            case "CHARACTER VARYING", "VARCHAR", "CHARACTER", "CHAR", "TEXT", "CHARACTER LARGE OBJECT", "CLOB" -> TEXT;
            case "DATE" -> DATE;
            case "TIME", "TIME WITHOUT TIME ZONE" -> TIME;
            case "TIMESTAMP", "TIMESTAMP WITHOUT TIME ZONE" -> TIMESTAMP;
            case "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ" -> TIMESTAMP_WITH_TIME_ZONE;
            default -> throw new IllegalStateException("column type " + informationSchemaType + " has no backup form");
        };
    }

    /** The value as it goes into the backup: a number, a boolean, a string or {@code null}. */
    Object toJson(Object value) {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case SMALLINT, INTEGER, BIGINT, DOUBLE, BOOLEAN, TEXT -> value;
            case DECIMAL -> ((BigDecimal) value).toPlainString();
            case DATE, TIME, TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE -> value.toString();
        };
    }

    /** The value read back from the backup, as the Java type of {@link #dataType()}. */
    Object fromJson(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return switch (this) {
            case SMALLINT -> (short) integral(node);
            case INTEGER -> Math.toIntExact(integral(node));
            case BIGINT -> integral(node);
            case DOUBLE -> node.isNumber() ? node.doubleValue() : Double.parseDouble(text(node));
            case DECIMAL -> new BigDecimal(text(node));
            case BOOLEAN -> {
                if (!node.isBoolean()) {
                    throw new IllegalArgumentException("not a boolean: " + node);
                }
                yield node.booleanValue();
            }
            case TEXT -> text(node);
            case DATE -> LocalDate.parse(text(node));
            case TIME -> LocalTime.parse(text(node));
            case TIMESTAMP -> LocalDateTime.parse(text(node));
            case TIMESTAMP_WITH_TIME_ZONE -> OffsetDateTime.parse(text(node));
        };
    }

    private static long integral(JsonNode node) {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new IllegalArgumentException("not a whole number: " + node);
        }
        return node.longValue();
    }

    private static String text(JsonNode node) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException("not a string: " + node);
        }
        return node.textValue();
    }
}
