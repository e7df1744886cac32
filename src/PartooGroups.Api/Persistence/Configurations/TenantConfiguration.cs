using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartooGroups.Api.Organizations;
using PartooGroups.Api.Sandbox;

namespace PartooGroups.Api.Persistence.Configurations;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasOne<Provider>().WithOne().HasForeignKey<Tenant>(t => t.Id).OnDelete(DeleteBehavior.Cascade);
    }
}
