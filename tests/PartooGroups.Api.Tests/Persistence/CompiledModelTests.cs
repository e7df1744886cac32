using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using PartooGroups.Api.Persistence;
using PartooGroups.Api.Persistence.CompiledModel;

namespace PartooGroups.Api.Tests.Persistence;

/// <summary>
/// The sandbox runs on the compiled model in Persistence/CompiledModel; the entity configurations only feed the
/// design-time model (migrations, <c>dotnet ef dbcontext optimize</c>). These fail when the two drift apart. Regenerate with
/// <c>dotnet ef dbcontext optimize -p src/PartooGroups.Api -o Persistence/CompiledModel -n PartooGroups.Api.Persistence.CompiledModel</c>.
/// </summary>
public sealed class CompiledModelTests : IDisposable
{
    private readonly PartooDbContext _context =
        new(new DbContextOptionsBuilder<PartooDbContext>().UseModel(PartooDbContextModel.Instance).UseSqlite("Data Source=:memory:").Options);

    private IModel DesignTimeModel => _context.GetService<IDesignTimeModel>().Model;

    [Fact]
    public void CompiledModel_ComparedWithConfigurations_HasTheSameEntitiesPropertiesKeysAndRelationships()
    {
        // Arrange
        var expected = DesignTimeModel.ToDebugString(MetadataDebugStringOptions.ShortDefault);

        // Act
        var actual = _context.Model.ToDebugString(MetadataDebugStringOptions.ShortDefault);

        // Assert
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void CompiledModel_ComparedWithConfigurations_HasTheSameTablesColumnsIndexesAndForeignKeys()
    {
        // Arrange
        var expected = DesignTimeModel.GetRelationalModel().ToDebugString(MetadataDebugStringOptions.ShortDefault);

        // Act
        var actual = _context.Model.GetRelationalModel().ToDebugString(MetadataDebugStringOptions.ShortDefault);

        // Assert
        Assert.Equal(expected, actual);
    }

    public void Dispose() => _context.Dispose();
}
