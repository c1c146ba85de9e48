package io.precis.local;

import io.precis.store.Keys;
import io.precis.store.ListQuery;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.util.ArrayList;
import java.util.List;

/** Creates the articles table as template.yaml declares it, for the local stack and the tests. */
public final class TableSchema {
    private TableSchema() {
    }

    /** Creates the table unless it exists, and waits until it is active. */
    public static void ensure(DynamoDbClient dynamo, String table) {
        List<AttributeDefinition> attributes = new ArrayList<>(List.of(attribute(Keys.PK), attribute(Keys.SK)));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (ListQuery.Index index : ListQuery.Index.values()) {
            attributes.add(attribute(index.partitionKey));
            attributes.add(attribute(index.sortKey));
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(index.indexName)
                    .keySchema(k -> k.attributeName(index.partitionKey).keyType(KeyType.HASH),
                            k -> k.attributeName(index.sortKey).keyType(KeyType.RANGE))
                    .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("listing"))
                    .build());
        }
        try {
            dynamo.createTable(b -> b.tableName(table)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(attributes)
                    .keySchema(k -> k.attributeName(Keys.PK).keyType(KeyType.HASH),
                            k -> k.attributeName(Keys.SK).keyType(KeyType.RANGE))
                    .globalSecondaryIndexes(indexes));
        } catch (ResourceInUseException alreadyThere) {
            // Kept from an earlier run (--data): use it as it is.
        }
        dynamo.waiter().waitUntilTableExists(b -> b.tableName(table));
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }
}
