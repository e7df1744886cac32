namespace PartooGroups.Api.Auth;

/// <summary>A group of a GROUP_MANAGER's access, with the section it belongs to.</summary>
public readonly record struct AccessGroup(int GroupId, int SectionId);

/// <summary>
/// The GROUP_MANAGER scope rule, in one place: a business is in scope when, for some access, for every section the
/// access's groups come from, the business is in at least one of that access's groups of that section (OR inside a
/// section, AND across sections). Accesses are unioned; no accesses, or an empty access, give no businesses.
/// </summary>
public static class AccessScope
{
    public static HashSet<string> Evaluate(
        IEnumerable<IReadOnlyCollection<AccessGroup>> accesses,
        Func<int, IEnumerable<string>> membersOfGroup)
    {
        ArgumentNullException.ThrowIfNull(accesses);
        ArgumentNullException.ThrowIfNull(membersOfGroup);

        var scope = new HashSet<string>(StringComparer.Ordinal);
        foreach (var access in accesses)
        {
            HashSet<string>? inAccess = null;
            foreach (var section in access.GroupBy(g => g.SectionId))
            {
                var inSection = section.SelectMany(g => membersOfGroup(g.GroupId)).ToHashSet(StringComparer.Ordinal);
                if (inAccess is null)
                {
                    inAccess = inSection;
                }
                else
                {
                    inAccess.IntersectWith(inSection);
                }
            }

            if (inAccess is not null)
            {
                scope.UnionWith(inAccess);
            }
        }

        return scope;
    }
}
