namespace PartooGroups.Api.Tests.Infrastructure;

/// <summary>Facts of the demo seed (src/PartooGroups.Api/Persistence/Seed/demo-seed.json) that tests rely on.</summary>
public static class DemoData
{
    public const string ProviderKey = "demo-provider-key";
    public const string OrgAdminKey = "demo-org-admin-key";
    public const string OrgManagerKey = "demo-org-manager-key";
    public const string GroupManagerKey = "demo-group-manager-key";
    public const string BusinessManagerKey = "demo-business-manager-key";
    public const string PublisherKey = "demo-publisher-key";
    public const string Org2AdminKey = "demo-org2-admin-key";

    public const int Org1 = 1;
    public const int Org2 = 2;

    /// <summary>Organization 1's sections: Country (France 1, Italy 2), Category (Bakery 3, Florist 4), a puller section (Flagship 5).</summary>
    public const int CountrySection = 1;
    public const int CategorySection = 2;
    public const int PullerSection = 3;

    /// <summary>Organization 2's section Country (Spain 6).</summary>
    public const int Org2CountrySection = 4;

    public const int France = 1;
    public const int Italy = 2;
    public const int Bakery = 3;
    public const int Florist = 4;
    public const int Flagship = 5;
    public const int Spain = 6;

    public const string ParisRivoli = "5409c35a97bbc544d8e26701";
    public const string ParisBastille = "5409c35a97bbc544d8e26702";
    public const string LyonPartDieu = "5409c35a97bbc544d8e26703";
    public const string Marseille = "5409c35a97bbc544d8e26704";
    public const string RomaTermini = "5409c35a97bbc544d8e26705";
    public const string MilanoDuomo = "5409c35a97bbc544d8e26706";
    public const string TorinoCentro = "5409c35a97bbc544d8e26707";
    public const string BrandPage = "5409c35a97bbc544d8e26708";
    public const string MadridSol = "5409c35a97bbc544d8e26721";

    public static readonly string[] Org1Businesses =
        [ParisRivoli, ParisBastille, LyonPartDieu, Marseille, RomaTermini, MilanoDuomo, TorinoCentro, BrandPage];

    /// <summary>The group manager's accesses are [[France, Bakery], [Italy]]: (France AND Bakery) OR Italy.</summary>
    public static readonly string[] GroupManagerScope = [ParisRivoli, ParisBastille, RomaTermini, MilanoDuomo, TorinoCentro];

    /// <summary>The business manager is assigned Lyon Part-Dieu only.</summary>
    public static readonly string[] BusinessManagerScope = [LyonPartDieu];

    public const string ProviderId = "partoo-sandbox";

    public const string ProviderUser = "5309c3a237bbc544d8e26700";
    public const string OrgAdminUser = "5309c3a237bbc544d8e26701";
    public const string OrgManagerUser = "5309c3a237bbc544d8e26702";
    public const string GroupManagerUser = "5309c3a237bbc544d8e26703";
    public const string BusinessManagerUser = "5309c3a237bbc544d8e26704";
    public const string PublisherUser = "5309c3a237bbc544d8e26705";
    public const string Org2AdminUser = "5309c3a237bbc544d8e26721";

    /// <summary>The seed's API keys get ids in the order of its users: provider 1 ... publisher 6, org 2 admin 7.</summary>
    public const int BusinessManagerKeyId = 5;
}
