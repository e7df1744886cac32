using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartooGroups.Api.Organizations;

namespace PartooGroups.Api.Persistence.Configurations;

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasMany(p => p.Organizations).WithOne().HasForeignKey(o => o.ProviderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedOnAdd();
        builder.HasIndex(o => new { o.ProviderId, o.Alias }).IsUnique();
        builder.HasMany(o => o.Businesses).WithOne().HasForeignKey(b => b.OrgId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Sections).WithOne().HasForeignKey(s => s.OrgId).OnDelete(DeleteBehavior.Cascade);
    }
}
