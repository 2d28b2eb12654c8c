package org.carbonmarket.common;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;

/** The key that signs page cursors, which every replica reads from the database (V13), once. */
@ApplicationScoped
public class CursorKey {

    private final AgroalDataSource dataSource;
    private volatile byte[] secret;

    CursorKey(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public byte[] secret() {
        byte[] read = secret;
        if (read == null) {
            read = load();
            secret = read;
        }
        return read;
    }

    private byte[] load() {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select secret from cursor_key");
                var row = statement.executeQuery()) {
            row.next();
            return row.getBytes(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the cursor key", e);
        }
    }
}
