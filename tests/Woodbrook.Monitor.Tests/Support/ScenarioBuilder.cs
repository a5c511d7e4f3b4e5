using System.Text.Json.Nodes;

namespace Woodbrook.Monitor.Tests.Support;

/// <summary>Builds sandbox scenarios in code: many posts, long comment threads.</summary>
internal static class ScenarioBuilder
{
    /// <summary><paramref name="posts"/> Facebook posts, one a day apart, newest 10 minutes old, each with
    /// <paramref name="commentsPerPost"/> comments (every third one with a reply); and a few Instagram media.</summary>
    public static string Build(int posts, int commentsPerPost, int media = 2, int commentsPerMedia = 2, double hoursBetweenPosts = 0.5)
    {
        var postArray = new JsonArray();
        for (var p = 0; p < posts; p++)
        {
            var comments = new JsonArray();
            var postAge = 10 + p * hoursBetweenPosts * 60;
            for (var c = 0; c < commentsPerPost; c++)
            {
                var comment = new JsonObject { ["text"] = $"Comment {c} on post {p}", ["author"] = $"Person {c % 7}", ["minutes_ago"] = postAge - 1 - c * 0.01 };
                if (c % 3 == 0)
                {
                    comment["replies"] = new JsonArray(new JsonObject { ["text"] = $"Reply to {c} on post {p}", ["author"] = "Someone Else", ["minutes_ago"] = postAge - 2 - c * 0.01 });
                }
                comments.Add(comment);
            }
            postArray.Add(new JsonObject { ["message"] = $"Post {p}", ["minutes_ago"] = postAge, ["comments"] = comments });
        }
        var mediaArray = new JsonArray();
        for (var m = 0; m < media; m++)
        {
            var comments = new JsonArray();
            for (var c = 0; c < commentsPerMedia; c++)
            {
                comments.Add(new JsonObject { ["text"] = $"IG comment {c} on media {m}", ["author"] = $"user_{c}", ["minutes_ago"] = 50 - c });
            }
            mediaArray.Add(new JsonObject { ["message"] = $"Media {m}", ["minutes_ago"] = 60 + m * 60, ["comments"] = comments });
        }
        return new JsonObject
        {
            ["page"] = new JsonObject { ["id"] = "555000000000001", ["name"] = "Test Surgery" },
            ["instagram"] = new JsonObject { ["id"] = "17841400000000555", ["name"] = "test_surgery" },
            ["access_token"] = "test-token",
            ["posts"] = postArray,
            ["media"] = mediaArray,
        }.ToJsonString();
    }
}
