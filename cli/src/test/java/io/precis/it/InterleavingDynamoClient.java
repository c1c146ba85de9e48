package io.precis.it;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * A DynamoDB client that runs a hook just before each transactional write, that is between the store's
 * read of the current sequencer and its conditional write: the window in which a concurrent writer
 * makes the condition fail. The hook decides, from the attempt number, whether to write something itself.
 */
final class InterleavingDynamoClient implements DynamoDbClient {
    interface BeforeWrite {
        void run(int attempt);
    }

    private final DynamoDbClient delegate;
    private final BeforeWrite beforeWrite;
    private int attempts;

    InterleavingDynamoClient(DynamoDbClient delegate, BeforeWrite beforeWrite) {
        this.delegate = delegate;
        this.beforeWrite = beforeWrite;
    }

    int attempts() {
        return attempts;
    }

    @Override
    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        beforeWrite.run(++attempts);
        return delegate.transactWriteItems(request);
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        return delegate.getItem(request);
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        return delegate.query(request);
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    @Override
    public void close() {
        // The delegate belongs to the test stack.
    }
}
