using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartooGroups.Api.Businesses;
using PartooGroups.Api.Groups;
using PartooGroups.Api.Organizations;
using PartooGroups.Api.Users;

namespace PartooGroups.Api.Persistence.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.HasKey(u => u.Id);
        builder.HasIndex(u => new { u.ProviderId, u.EmailKey }).IsUnique();
        builder.HasOne<Provider>().WithMany().HasForeignKey(u => u.ProviderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrgId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(u => u.Accesses).WithOne().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(u => u.Businesses).WithOne().HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(u => u.ApiKeys).WithOne().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UserAccessConfiguration : IEntityTypeConfiguration<UserAccess>
{
    public void Configure(EntityTypeBuilder<UserAccess> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.HasIndex(a => new { a.UserId, a.Position }).IsUnique();
        builder.HasMany(a => a.Groups).WithOne().HasForeignKey(g => g.AccessId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UserAccessGroupConfiguration : IEntityTypeConfiguration<UserAccessGroup>
{
    public void Configure(EntityTypeBuilder<UserAccessGroup> builder)
    {
        builder.HasKey(g => new { g.AccessId, g.GroupId });
        builder.HasIndex(g => g.GroupId);
        builder.HasOne<Group>().WithMany().HasForeignKey(g => g.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UserBusinessConfiguration : IEntityTypeConfiguration<UserBusiness>
{
    public void Configure(EntityTypeBuilder<UserBusiness> builder)
    {
        builder.HasKey(b => new { b.UserId, b.BusinessId });
        builder.HasOne<Business>().WithMany().HasForeignKey(b => b.BusinessId).HasPrincipalKey(b => b.Id).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedOnAdd();
        builder.HasIndex(k => k.Key).IsUnique();
    }
}
