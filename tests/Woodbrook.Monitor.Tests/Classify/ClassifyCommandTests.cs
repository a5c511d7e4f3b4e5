using System.Text;
using System.Text.Json;
using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

public class ClassifyCommandTests
{
    [Fact]
    public void Run_MalformedLine_ErrorNamesLineAndOthersStillClassified()
    {
        var input = "{\"id\":\"a\",\"text\":\"Kelly Brown was lovely\"}\n{oops\n{\"id\":\"c\",\"text\":\"Buy Viagra, no prescription\"}\n";
        using var output = new MemoryStream();
        var errors = new StringWriter();
        var exit = ClassifyCommand.Run(Some.Classifier, new StringReader(input), output, errors);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, exit);
        Assert.Equal(3, lines.Length);
        Assert.Contains("line 2", errors.ToString(), StringComparison.Ordinal);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("staff_identification", first.RootElement.GetProperty("labels")[0].GetString());
        using var third = JsonDocument.Parse(lines[2]);
        Assert.Equal("c", third.RootElement.GetProperty("id").GetString());
        Assert.Equal("spam", third.RootElement.GetProperty("labels")[0].GetString());
        Assert.All(lines, l => Assert.StartsWith("{", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_Evidence_HasRuleTextAndOffsets()
    {
        using var output = new MemoryStream();
        ClassifyCommand.Run(Some.Classifier, new StringReader("{\"id\":\"x\",\"text\":\"you useless tw@t\"}"), output, new StringWriter());
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(output.ToArray()));
        var evidence = doc.RootElement.GetProperty("evidence")[0];
        Assert.Equal("abuse", evidence.GetProperty("label").GetString());
        Assert.Equal("tw@t", evidence.GetProperty("text").GetString()![^4..]);
        Assert.True(evidence.GetProperty("start").GetInt32() >= 0);
    }

    [Fact]
    public void Run_Overruled_ListsTheLabelsTakenBackAndOmitsTheKeyOtherwise()
    {
        using var output = new MemoryStream();
        var input = $$"""
            {"id":"o","text":"{{LearnedBackstopTests.TrainStrike}}"}
            {"id":"k","text":"Was on hold for an hour again this morning and then all the appointments had gone"}
            """;
        ClassifyCommand.Run(LearnedBackstopTests.Overruling(), new StringReader(input), output, new StringWriter());
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var overruled = JsonDocument.Parse(lines[0]);
        Assert.Equal(0, overruled.RootElement.GetProperty("labels").GetArrayLength());
        Assert.Equal("complaint", overruled.RootElement.GetProperty("overruled")[0].GetString());
        using var kept = JsonDocument.Parse(lines[1]);
        Assert.Equal("complaint", kept.RootElement.GetProperty("labels")[0].GetString());
        Assert.False(kept.RootElement.TryGetProperty("overruled", out _));
    }
}
