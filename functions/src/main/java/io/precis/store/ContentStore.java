package io.precis.store;

/** Storage for records too large for a DynamoDB item (400 KB). */
public interface ContentStore {
    void put(String key, byte[] bytes);

    byte[] get(String key);

    /** Removes a record that a newer one replaced; a missing object is no error. */
    void delete(String key);
}
