using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartooGroups.Api.Persistence;

/// <summary>Advances the <see cref="DataVersion"/> once a transaction is committed, whoever began it.</summary>
internal sealed class DataVersionInterceptor(DataVersion version) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => version.Advance();

    public override Task TransactionCommittedAsync(
        DbTransaction transaction,
        TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        version.Advance();
        return Task.CompletedTask;
    }
}
