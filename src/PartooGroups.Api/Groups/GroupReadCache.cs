using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PartooGroups.Api.Persistence;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace PartooGroups.Api.Groups;

/// <summary>A group as getGroup answers it, serialized, with the organization the scope check needs.</summary>
public sealed record GroupSnapshot(int OrgId, string ProviderId, byte[] Body);

/// <summary>
/// getGroup's answers, read once and served again until the next committed write (<see cref="DataVersion"/>): a hit
/// costs no database work. The body does not depend on the caller, so one entry serves every caller, and the scope
/// check runs on every request. Bounded to <see cref="MaxBytes"/> of bodies per data version.
/// </summary>
public sealed class GroupReadCache(DataVersion dataVersion, IOptions<HttpJsonOptions> json)
{
    private const long MaxBytes = 8 * 1024 * 1024;

    private Generation _generation = new(-1);

    /// <summary>
    /// The group <paramref name="groupId"/> of section <paramref name="sectionId"/>, or null when either is unknown or
    /// they do not match. Only a miss reads the request's services (and so creates its service scope): a hit allocates nothing.
    /// </summary>
    public async ValueTask<GroupSnapshot?> GetAsync(HttpContext httpContext, int sectionId, int groupId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var version = dataVersion.Current;
        var generation = Volatile.Read(ref _generation);
        if (generation.Version == version && generation.Entries.TryGetValue((sectionId, groupId), out var cached))
        {
            return cached;
        }

        if (generation.Version != version)
        {
            var fresh = new Generation(version);
            generation = Interlocked.CompareExchange(ref _generation, fresh, generation) == generation ? fresh : null;
        }

        // Read after the version: a write committed meanwhile moves the version, so this answer is never served for it.
        var snapshot = await ReadAsync(httpContext.RequestServices.GetRequiredService<PartooDbContext>(), sectionId, groupId, cancellationToken);
        if (snapshot is not null && generation is not null && generation.Version == version)
        {
            generation.TryAdd((sectionId, groupId), snapshot);
        }

        return snapshot;
    }

    private async Task<GroupSnapshot?> ReadAsync(PartooDbContext db, int sectionId, int groupId, CancellationToken cancellationToken)
    {
        var group = await GroupQueries.InSection(db, sectionId, groupId, cancellationToken);
        if (group is null)
        {
            return null;
        }

        var businessIds = new List<string>();
        await foreach (var id in GroupQueries.BusinessIds(db, groupId).WithCancellation(cancellationToken))
        {
            businessIds.Add(id);
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(
            new GroupResponse(group.Id, group.Name, group.HasPuller, businessIds), json.Value.SerializerOptions);
        return new GroupSnapshot(group.OrgId, group.ProviderId, body);
    }

    private sealed class Generation(long version)
    {
        private long _bytes;

        public long Version { get; } = version;

        public ConcurrentDictionary<(int SectionId, int GroupId), GroupSnapshot> Entries { get; } = new();

        public void TryAdd((int SectionId, int GroupId) key, GroupSnapshot snapshot)
        {
            if (Interlocked.Add(ref _bytes, snapshot.Body.Length) <= MaxBytes)
            {
                Entries[key] = snapshot;
            }
        }
    }
}
