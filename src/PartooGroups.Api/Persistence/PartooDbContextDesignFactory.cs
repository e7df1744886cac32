using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PartooGroups.Api.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the sandbox or opening its database.</summary>
internal sealed class PartooDbContextDesignFactory : IDesignTimeDbContextFactory<PartooDbContext>
{
    public PartooDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PartooDbContext>().UseSqlite("Data Source=:memory:").Options);
}
