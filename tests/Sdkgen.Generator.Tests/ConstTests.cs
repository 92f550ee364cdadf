using System;
using System.Linq;
using System.Text.Json;
using Sdkgen.Generator.Tests.Infrastructure;
using Sdkgen.Runtime;
using Xunit;

namespace Sdkgen.Generator.Tests;

/// <summary>A <c>const</c> member starts at its one value, is always written, and any other value fails validation.</summary>
public sealed class ConstTests
{
    private const string Schemas = """
            Message:
              type: object
              required: [type, text]
              properties:
                type: { type: string, const: message }
                role: { const: user }
                version: { type: integer, const: 2 }
                text: { type: string }
        """;

    // Only records a request body reaches are validated.
    private const string Paths = """
          /messages:
            post:
              operationId: send
              requestBody: { required: true, content: { application/json: { schema: { $ref: '#/components/schemas/Message' } } } }
              responses: { '204': { description: sent } }
        """;

    [Fact]
    public void A_const_member_is_not_nullable_not_required_and_starts_at_its_value()
    {
        var output = Generated.Clean(Generated.Spec(Schemas, Paths));

        Assert.Equal("string", Generated.TypeOf(output, "Message", "Type"));
        Assert.False(Generated.Property(output, "Message", "Type").IsRequired);
        Assert.Equal("string", Generated.TypeOf(output, "Message", "Role"));
        Assert.Equal("long", Generated.TypeOf(output, "Message", "Version"));
        Assert.True(Generated.Property(output, "Message", "Text").IsRequired);
    }

    [Fact]
    public void A_new_record_writes_its_const_values_and_a_changed_one_is_a_validation_error()
    {
        var output = Generated.Clean(Generated.Spec(Schemas, Paths));
        Generated.Run(output, assembly =>
        {
            var message = assembly.GetType("Test.Message")!;
            var validate = assembly.GetType("Test.Serialization.MessageJsonConverter")!.GetMethod("Validate")!;

            var fresh = JsonSerializer.Deserialize("""{"text":"hi"}""", message)!;
            Assert.Equal("""{"type":"message","role":"user","version":2,"text":"hi"}""", JsonSerializer.Serialize(fresh, message));
            var valid = new ValidationContext();
            validate.Invoke(null, [fresh, valid]);
            Assert.False(valid.HasErrors);

            var changed = JsonSerializer.Deserialize("""{"type":"note","role":"user","text":"hi"}""", message)!;
            var invalid = new ValidationContext();
            validate.Invoke(null, [changed, invalid]);
            var issue = Assert.Single(invalid.Errors);
            Assert.Equal("type", issue.Path);
            Assert.Equal("must be 'message', the only value the schema allows", issue.Message);
        });
    }
}
