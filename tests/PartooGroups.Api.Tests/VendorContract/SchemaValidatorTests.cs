using System.Text.Json.Nodes;

namespace PartooGroups.Api.Tests.VendorContract;

/// <summary>The vendor-contract check can fail: bodies that drift from the vendor's schemas are reported.</summary>
public sealed class SchemaValidatorTests
{
    private static JsonNode ResponseSchema(string operationId, int status) =>
        VendorDocument.Operations.Single(o => o.OperationId == operationId).Responses[status];

    [Fact]
    public void VendorDocument_HasTheThreeEmulatedOperations()
    {
        Assert.Equal(
            ["createGroup", "createOrganization", "getGroup"],
            VendorDocument.Operations.Select(o => o.OperationId).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{"business_ids":["5409c35a97bbc544d8e26737"],"id":1,"name":"France","has_puller":false}""")]
    [InlineData("""{"business_ids":[],"id":1,"name":"France","has_puller":false}""")]
    public void GetGroup200_OfTheVendorShape_IsValid(string body) =>
        Assert.Empty(SchemaValidator.Validate(JsonNode.Parse(body), ResponseSchema("getGroup", 200)));

    [Theory]
    [InlineData("""{"id":"1","name":"France","has_puller":false,"business_ids":[]}""", "$.id: expected integer")]
    [InlineData("""{"id":1.5,"name":"France","has_puller":false,"business_ids":[]}""", "$.id: expected integer")]
    [InlineData("""{"id":1,"name":"France","has_puller":"no","business_ids":[]}""", "$.has_puller: expected boolean")]
    [InlineData("""{"id":1,"name":"France","has_puller":false,"business_ids":[5]}""", "$.business_ids[0]: expected string")]
    [InlineData("""{"id":1,"name":null,"has_puller":false,"business_ids":[]}""", "$.name: expected string")]
    public void GetGroup200_ThatDrifts_IsReported(string body, string expectedError)
    {
        var errors = SchemaValidator.Validate(JsonNode.Parse(body), ResponseSchema("getGroup", 200));

        Assert.Contains(errors, e => e.StartsWith(expectedError, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"status":"ok","id":1}""", "$.status:")]
    [InlineData("""{"status":"success","id":"1"}""", "$.id: expected integer")]
    public void CreateGroup200_ThatDrifts_IsReported(string body, string expectedError)
    {
        var errors = SchemaValidator.Validate(JsonNode.Parse(body), ResponseSchema("createGroup", 200));

        Assert.Contains(errors, e => e.StartsWith(expectedError, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"errors":{"json":{"name":"name_already_exists"}}}""", true)]
    [InlineData("""{"errors":{"json":{"name":5}}}""", false)]
    public void CreateGroup400_AnyOfTheVendorAlternatives(string body, bool valid) =>
        Assert.Equal(valid, SchemaValidator.Validate(JsonNode.Parse(body), ResponseSchema("createGroup", 400)).Count == 0);

    [Theory]
    [InlineData("""{"status":"success","org_id":3,"alias":"x","max_businesses":null}""", true)]
    [InlineData("""{"status":"success","org_id":3,"alias":"x","max_businesses":"10"}""", false)]
    public void CreateOrganization200_MaxBusinessesIsIntegerOrNull(string body, bool valid) =>
        Assert.Equal(valid, SchemaValidator.Validate(JsonNode.Parse(body), ResponseSchema("createOrganization", 200)).Count == 0);

    [Fact]
    public void Unauthenticated401_WithAnotherShape_IsReported()
    {
        var errors = SchemaValidator.Validate(JsonNode.Parse("""{"errors":{"authentication":false}}"""), ResponseSchema("getGroup", 401));

        Assert.Contains(errors, e => e.StartsWith("$.errors.authentication: expected string", StringComparison.Ordinal));
    }
}
