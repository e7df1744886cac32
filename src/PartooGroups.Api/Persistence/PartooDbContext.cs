using Microsoft.EntityFrameworkCore;
using PartooGroups.Api.Businesses;
using PartooGroups.Api.Groups;
using PartooGroups.Api.Organizations;
using PartooGroups.Api.Sandbox;
using PartooGroups.Api.Sections;
using PartooGroups.Api.Users;

namespace PartooGroups.Api.Persistence;

public sealed class PartooDbContext(DbContextOptions<PartooDbContext> options) : DbContext(options)
{
    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Business> Businesses => Set<Business>();

    public DbSet<Section> Sections => Set<Section>();

    public DbSet<Group> Groups => Set<Group>();

    public DbSet<GroupBusiness> GroupBusinesses => Set<GroupBusiness>();

    public DbSet<User> Users => Set<User>();

    public DbSet<UserAccess> UserAccesses => Set<UserAccess>();

    public DbSet<UserAccessGroup> UserAccessGroups => Set<UserAccessGroup>();

    public DbSet<UserBusiness> UserBusinesses => Set<UserBusiness>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Tenant> Tenants => Set<Tenant>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PartooDbContext).Assembly);
}
