using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartooGroups.Api.Businesses;
using PartooGroups.Api.Groups;
using PartooGroups.Api.Sections;

namespace PartooGroups.Api.Persistence.Configurations;

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedOnAdd();
        builder.HasIndex(s => new { s.OrgId, s.NameKey }).IsUnique();
        builder.HasMany(s => s.Groups).WithOne().HasForeignKey(g => g.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedOnAdd();
        builder.HasIndex(g => new { g.SectionId, g.NameKey }).IsUnique();
        builder.HasMany(g => g.Memberships).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GroupBusinessConfiguration : IEntityTypeConfiguration<GroupBusiness>
{
    /// <summary>
    /// The table is WITHOUT ROWID (its primary key is the table), which the model cannot say: the migration
    /// MembershipsByBusinessKey creates it by hand, and a scaffolded rebuild of it would need the same edit.
    /// </summary>
    public void Configure(EntityTypeBuilder<GroupBusiness> builder)
    {
        builder.HasKey(m => new { m.GroupId, m.BusinessKey });
        builder.HasIndex(m => m.BusinessKey);
        builder.HasOne<Business>().WithMany(b => b.Memberships).HasForeignKey(m => m.BusinessKey).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BusinessConfiguration : IEntityTypeConfiguration<Business>
{
    public void Configure(EntityTypeBuilder<Business> builder)
    {
        builder.HasKey(b => b.Key);
        builder.Property(b => b.Key).ValueGeneratedOnAdd();
        builder.HasAlternateKey(b => b.Id);
        builder.HasIndex(b => b.OrgId);
        builder.HasIndex(b => new { b.OrgId, b.Code }).IsUnique();
    }
}
