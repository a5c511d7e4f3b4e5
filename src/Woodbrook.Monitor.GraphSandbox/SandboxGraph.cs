using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Web;

namespace Woodbrook.Monitor.GraphSandbox;

/// <summary>The emulated Graph: the Page, the Instagram account, their posts and comments, and every call's answer.
/// Transport-free, so a batch runs its sub-requests through the same code as single calls.</summary>
internal sealed partial class SandboxGraph
{
    private const int MaxLimit = 100;
    private const int InstagramMaxLimit = 50;

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<string, SandboxPost> _posts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SandboxComment> _comments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _authorIds = new(StringComparer.Ordinal);
    private readonly List<SandboxAction> _actions = [];
    private readonly List<(SandboxFault Fault, int Left)> _faults = [];
    private long _nextId = 1000;
    private long _sequence;

    public SandboxGraph(SandboxScenario scenario, TimeProvider time, string? accessToken, string appId, string appSecret)
    {
        _time = time;
        PageId = scenario.Page.Id;
        PageName = scenario.Page.Name;
        InstagramId = scenario.Instagram.Id;
        InstagramUsername = scenario.Instagram.Name;
        AccessToken = accessToken ?? scenario.AccessToken;
        AppId = appId;
        AppSecret = appSecret;
        var now = time.GetUtcNow();
        foreach (var post in scenario.Posts)
        {
            Load("facebook", post, now);
        }
        foreach (var media in scenario.Media)
        {
            Load("instagram", media, now);
        }
    }

    public string PageId { get; }

    public string PageName { get; }

    public string InstagramId { get; }

    public string InstagramUsername { get; }

    public string AccessToken { get; }

    public string AppId { get; }

    public string AppSecret { get; }

    public SandboxUsage Usage { get; set; } = new(2, 1, 1, 0);

    /// <summary>What <c>debug_token</c> says about the accepted token: 0 = never expires.</summary>
    public DateTimeOffset? TokenExpiresAt { get; set; }

    public IReadOnlyList<string> TokenScopes { get; set; } =
    [
        "pages_show_list", "pages_read_engagement", "pages_read_user_content", "pages_manage_engagement",
        "pages_manage_metadata", "pages_messaging", "instagram_basic", "instagram_manage_comments",
    ];

    public IReadOnlyList<SandboxAction> Actions
    {
        get
        {
            lock (_gate)
            {
                return _actions.ToList();
            }
        }
    }

    public void AddFault(SandboxFault fault)
    {
        lock (_gate)
        {
            _faults.Add((fault, fault.Times));
        }
    }

    public void ClearFaults()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    public string AddPost(string platform, string? message, TimeSpan age, bool visitor, string? author)
    {
        lock (_gate)
        {
            return AddPostLocked(platform, null, message, _time.GetUtcNow() - age, visitor, author);
        }
    }

    public string AddComment(string platform, string objectId, string text, string? parentId, string? author, TimeSpan age)
    {
        lock (_gate)
        {
            if (!_posts.TryGetValue(objectId, out var post) || post.Platform != platform)
            {
                throw new ArgumentException($"No {platform} post or media with id {objectId}.", nameof(objectId));
            }
            if (parentId is not null && !_comments.ContainsKey(parentId))
            {
                throw new ArgumentException($"No comment with id {parentId}.", nameof(parentId));
            }
            return AddCommentLocked(post, null, text, parentId, author ?? "A Patient", _time.GetUtcNow() - age, hidden: false);
        }
    }

    /// <summary>Another account's Instagram media with <paramref name="caption"/>, and, when <paramref name="comment"/> is
    /// given, a comment on it by <paramref name="author"/> that mentions the account. Returns the comment's id, or the
    /// media's id for a caption mention.</summary>
    public string AddMention(string? caption, string? comment, string? author, TimeSpan age)
    {
        lock (_gate)
        {
            var created = _time.GetUtcNow() - age;
            var mediaId = (18000000000 + NextId()).ToString(CultureInfo.InvariantCulture);
            var owner = author ?? "another.account";
            _posts[mediaId] = new SandboxPost
            {
                Id = mediaId, Platform = "instagram", Message = caption, Created = created, Updated = created,
                FromId = AuthorId(owner), FromName = owner, Foreign = true,
            };
            return comment is null ? mediaId : AddCommentLocked(_posts[mediaId], null, comment, null, owner, created, hidden: false);
        }
    }

    public void EditComment(string commentId, string text)
    {
        lock (_gate)
        {
            var comment = _comments.GetValueOrDefault(commentId) ?? throw new ArgumentException($"No comment with id {commentId}.", nameof(commentId));
            comment.Text = text;
            // Assumption, noted in the README: an edit counts as activity on the post, as a new comment does.
            _posts[comment.ObjectId].Updated = _time.GetUtcNow();
        }
    }

    public void DeleteComment(string commentId)
    {
        lock (_gate)
        {
            if (_comments.TryGetValue(commentId, out var comment))
            {
                comment.Deleted = true;
            }
        }
    }

    public IReadOnlyList<string> PostIds(string platform)
    {
        lock (_gate)
        {
            return _posts.Values.Where(p => p.Platform == platform && !p.Deleted && !p.Foreign).OrderByDescending(p => p.Created).Select(p => p.Id).ToList();
        }
    }

    public IReadOnlyList<string> CommentIds(string objectId)
    {
        lock (_gate)
        {
            return _comments.Values.Where(c => c.ObjectId == objectId).OrderBy(c => c.Sequence).Select(c => c.Id).ToList();
        }
    }

    /// <summary>The body of a webhook delivery about one comment, shaped like Meta's (feed for Facebook, comments for
    /// Instagram).</summary>
    public string WebhookBody(string commentId, string verb)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow().ToUnixTimeSeconds();
            if (_posts.TryGetValue(commentId, out var mentioning) && mentioning.Foreign)
            {
                return MentionBody(null, mentioning.Id, now);
            }
            var c = _comments.GetValueOrDefault(commentId) ?? throw new ArgumentException($"No comment with id {commentId}.", nameof(commentId));
            if (_posts[c.ObjectId].Foreign)
            {
                return MentionBody(c.Id, c.ObjectId, now);
            }
            JsonObject change;
            string entryId;
            if (c.Platform == "facebook")
            {
                entryId = PageId;
                var value = new JsonObject
                {
                    ["item"] = "comment",
                    ["verb"] = verb,
                    ["comment_id"] = c.Id,
                    ["post_id"] = c.ObjectId,
                    ["parent_id"] = c.ParentId ?? c.ObjectId,
                    ["from"] = new JsonObject { ["id"] = c.AuthorId, ["name"] = c.AuthorName },
                };
                if (verb != "remove")
                {
                    value["message"] = c.Text;
                    value["created_time"] = c.Created.ToUnixTimeSeconds();
                }
                change = new JsonObject { ["field"] = "feed", ["value"] = value };
            }
            else
            {
                entryId = InstagramId;
                var value = new JsonObject
                {
                    ["from"] = new JsonObject { ["id"] = c.AuthorId, ["username"] = c.AuthorName },
                    ["media"] = new JsonObject { ["id"] = c.ObjectId, ["media_product_type"] = "FEED" },
                    ["id"] = c.Id,
                    ["text"] = c.Text,
                };
                if (c.ParentId is not null)
                {
                    value["parent_id"] = c.ParentId;
                }
                change = new JsonObject { ["field"] = "comments", ["value"] = value };
            }
            var body = new JsonObject
            {
                ["object"] = c.Platform == "facebook" ? "page" : "instagram",
                ["entry"] = new JsonArray(new JsonObject { ["id"] = entryId, ["time"] = now, ["changes"] = new JsonArray(change) }),
            };
            // Meta signs the escaped-Unicode form of the payload; the default encoder escapes non-ASCII the same way.
            return body.ToJsonString();
        }
    }

    /// <summary>Meta's <c>mentions</c> change: only ids, the text is fetched through the account's node.</summary>
    private string MentionBody(string? commentId, string mediaId, long now)
    {
        var value = new JsonObject { ["media_id"] = mediaId };
        if (commentId is not null)
        {
            value["comment_id"] = commentId;
        }
        var change = new JsonObject { ["field"] = "mentions", ["value"] = value };
        return new JsonObject
        {
            ["object"] = "instagram",
            ["entry"] = new JsonArray(new JsonObject { ["id"] = InstagramId, ["time"] = now, ["changes"] = new JsonArray(change) }),
        }.ToJsonString();
    }

    public SandboxResponse Handle(SandboxRequest request)
    {
        lock (_gate)
        {
            var fault = TakeFault(request.Path);
            if (fault is not null)
            {
                return fault;
            }
            var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (segments is ["debug_token"] && request.Method == "GET")
            {
                return DebugToken(request);
            }
            if (request.Token != AccessToken)
            {
                return GraphWire.Error(400, 190, "OAuthException", "Invalid OAuth access token - Cannot parse access token");
            }
            var proof = request.Get("appsecret_proof");
            if (proof is not null && proof != AppSecretProof(AccessToken))
            {
                return GraphWire.Error(400, 100, "GraphMethodException", "Invalid appsecret_proof provided in the API argument");
            }
            return (request.Method, segments) switch
            {
                ("GET", [var id]) => Node(request, id),
                ("GET", [var id, var edge]) => Edge(request, id, edge),
                ("POST", [var id]) => Update(request, id),
                ("POST", [var id, "messages"]) when id == PageId => PrivateReply(request),
                ("POST", [var id, "comments" or "replies"]) => ReplyAsPage(id, request),
                ("DELETE", [var id]) => Delete(id),
                _ => GraphWire.Error(400, 100, "GraphMethodException", $"Unsupported {request.Method.ToLowerInvariant()} request."),
            };
        }
    }

    public string AppSecretProof(string token) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(AppSecret), Encoding.UTF8.GetBytes(token)));

    private SandboxResponse? TakeFault(string path)
    {
        for (var i = 0; i < _faults.Count; i++)
        {
            var (fault, left) = _faults[i];
            if (fault.PathContains is not null && !path.Contains(fault.PathContains, StringComparison.Ordinal))
            {
                continue;
            }
            if (left > 0)
            {
                left--;
                if (left == 0)
                {
                    _faults.RemoveAt(i);
                }
                else
                {
                    _faults[i] = (fault, left);
                }
            }
            var headers = fault.RetryAfterSeconds is { } seconds
                ? new Dictionary<string, string> { ["Retry-After"] = seconds.ToString(CultureInfo.InvariantCulture) }
                : null;
            if (fault.RawBody is not null || fault.Code is null)
            {
                return new SandboxResponse(fault.Status, fault.RawBody ?? "", headers);
            }
            var error = GraphWire.Error(fault.Status, fault.Code.Value, fault.Code == 190 ? "OAuthException" : "OAuthException",
                fault.Message ?? $"(#{fault.Code}) Sandbox fault", fault.Subcode, fault.IsTransient);
            return error with { Headers = headers };
        }
        return null;
    }

    private SandboxResponse DebugToken(SandboxRequest request)
    {
        if (request.Token != $"{AppId}|{AppSecret}")
        {
            return GraphWire.Error(400, 190, "OAuthException", "Invalid OAuth access token signature.");
        }
        var input = request.Get("input_token");
        var valid = input == AccessToken && !_faults.Any(f => f.Fault.Code == 190);
        var data = new JsonObject
        {
            ["app_id"] = AppId,
            ["type"] = "PAGE",
            ["application"] = "Woodbrook Monitor (sandbox)",
            ["data_access_expires_at"] = _time.GetUtcNow().AddDays(80).ToUnixTimeSeconds(),
            ["expires_at"] = TokenExpiresAt?.ToUnixTimeSeconds() ?? 0,
            ["is_valid"] = valid,
            ["profile_id"] = PageId,
            ["scopes"] = valid ? new JsonArray(TokenScopes.Select(s => (JsonNode)s).ToArray()) : new JsonArray(),
            ["granular_scopes"] = valid
                ? new JsonArray(
                    new JsonObject { ["scope"] = "pages_manage_engagement", ["target_ids"] = new JsonArray(PageId) },
                    new JsonObject { ["scope"] = "instagram_manage_comments", ["target_ids"] = new JsonArray(InstagramId) })
                : new JsonArray(),
            ["user_id"] = "7000000000000777",
        };
        if (!valid)
        {
            data["error"] = new JsonObject { ["code"] = 190, ["subcode"] = 460, ["message"] = "The session has been invalidated because the user changed their password." };
        }
        return GraphWire.Ok(new JsonObject { ["data"] = data });
    }

    private SandboxResponse Node(SandboxRequest request, string id)
    {
        if (id == PageId)
        {
            var page = new JsonObject { ["id"] = PageId };
            var fields = Fields(request);
            if (fields.Count == 0 || fields.Contains("name"))
            {
                page["name"] = PageName;
            }
            if (fields.Contains("instagram_business_account"))
            {
                page["instagram_business_account"] = new JsonObject { ["id"] = InstagramId };
            }
            return GraphWire.Ok(page);
        }
        if (id == InstagramId)
        {
            return request.Get("fields") is { } asked && Mentioned(asked) is { } mention
                ? mention
                : GraphWire.Ok(new JsonObject { ["id"] = InstagramId, ["username"] = InstagramUsername, ["name"] = PageName });
        }
        if (_posts.TryGetValue(id, out var foreign) && foreign.Foreign || _comments.TryGetValue(id, out var onForeign) && _posts[onForeign.ObjectId].Foreign)
        {
            // Comments found through mentions cannot be read directly unless the account owns them.
            return GraphWire.NotPermitted();
        }
        if (_posts.TryGetValue(id, out var post) && !post.Deleted)
        {
            return GraphWire.Ok(PostJson(post));
        }
        if (_comments.TryGetValue(id, out var comment) && !comment.Deleted)
        {
            return GraphWire.Ok(CommentJson(comment, Fields(request)));
        }
        return GraphWire.Gone("GET", id, LooksInstagram(id) ? "IGApiException" : "GraphMethodException");
    }

    /// <summary><c>mentioned_comment.comment_id(ID){fields}</c> or <c>mentioned_media.media_id(ID){fields}</c> on the
    /// account's node, answered as Graph does: the account's id beside the one mentioning object.</summary>
    private SandboxResponse? Mentioned(string fields)
    {
        var match = MentionedField().Match(fields);
        if (!match.Success)
        {
            return null;
        }
        var id = match.Groups["id"].Value;
        var asked = match.Groups["fields"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('{')[0]).ToHashSet(StringComparer.Ordinal);
        JsonObject found;
        if (match.Groups["kind"].Value == "comment")
        {
            if (!_comments.TryGetValue(id, out var c) || c.Deleted || !_posts[c.ObjectId].Foreign)
            {
                return GraphWire.Gone("GET", id, "IGApiException");
            }
            var media = _posts[c.ObjectId];
            found = new JsonObject { ["id"] = c.Id };
            Put(found, asked, "text", c.Text);
            Put(found, asked, "timestamp", GraphWire.Time(c.Created));
            Put(found, asked, "like_count", 0);
            Put(found, asked, "media", new JsonObject { ["id"] = media.Id, ["permalink"] = Permalink(media) });
        }
        else
        {
            if (!_posts.TryGetValue(id, out var media) || media.Deleted || !media.Foreign)
            {
                return GraphWire.Gone("GET", id, "IGApiException");
            }
            found = new JsonObject { ["id"] = media.Id };
            Put(found, asked, "caption", media.Message);
            Put(found, asked, "media_type", "IMAGE");
            Put(found, asked, "comments_count", _comments.Values.Count(c => c.ObjectId == media.Id && !c.Deleted));
            Put(found, asked, "timestamp", GraphWire.Time(media.Created));
            Put(found, asked, "permalink", Permalink(media));
        }
        return GraphWire.Ok(new JsonObject { [match.Groups["kind"].Value == "comment" ? "mentioned_comment" : "mentioned_media"] = found, ["id"] = InstagramId });
    }

    private static void Put(JsonObject json, HashSet<string> asked, string field, JsonNode? value)
    {
        if (asked.Count == 0 || asked.Contains(field))
        {
            json[field] = value;
        }
    }

    private static string Permalink(SandboxPost media) => $"https://www.instagram.com/p/{media.Id}/";

    [GeneratedRegex(@"mentioned_(?<kind>comment|media)\.(?:comment|media)_id\((?<id>[0-9A-Za-z_]+)\)(?:\{(?<fields>[^}]*(?:\{[^}]*\}[^}]*)*)\})?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MentionedField();

    private SandboxResponse Edge(SandboxRequest request, string id, string edge)
    {
        if (id == PageId && edge is "feed" or "posts" or "published_posts" or "visitor_posts")
        {
            var posts = _posts.Values.Where(p => p.Platform == "facebook" && !p.Deleted)
                .Where(p => edge switch { "feed" => true, "visitor_posts" => p.Visitor, _ => !p.Visitor })
                // Assumption, noted in the README: the feed lists the most recently active posts first.
                .OrderByDescending(p => p.Updated).ThenByDescending(p => p.Id, StringComparer.Ordinal)
                .Select(p => (JsonNode)PostJson(p)).ToList();
            return Paged(request, id + "/" + edge, posts, MaxLimit);
        }
        if (id == InstagramId && edge == "media")
        {
            var media = _posts.Values.Where(p => p.Platform == "instagram" && !p.Deleted && !p.Foreign)
                .OrderByDescending(p => p.Created).ThenByDescending(p => p.Id, StringComparer.Ordinal)
                .Select(p => (JsonNode)PostJson(p)).ToList();
            return Paged(request, id + "/media", media, MaxLimit);
        }
        var fields = Fields(request);
        if (_posts.TryGetValue(id, out var post) && !post.Deleted && edge == "comments")
        {
            IEnumerable<SandboxComment> comments = _comments.Values.Where(c => c.ObjectId == id && !c.Deleted);
            if (post.Platform == "instagram")
            {
                // Instagram: top level only, newest first, and hidden comments drop out of the listing.
                var list = comments.Where(c => c.ParentId is null && !c.Hidden).OrderByDescending(c => c.Sequence)
                    .Select(c => (JsonNode)CommentJson(c, fields)).ToList();
                return Paged(request, id + "/comments", list, InstagramMaxLimit);
            }
            if (request.Get("filter") != "stream")
            {
                comments = comments.Where(c => c.ParentId is null);
            }
            if (request.Get("since") is { } since)
            {
                var from = ParseTime(since);
                if (from is null)
                {
                    return GraphWire.Error(400, 100, "GraphMethodException", "(#100) The parameter since is not a valid time");
                }
                comments = comments.Where(c => c.Created >= from);
            }
            comments = request.Get("order") == "reverse_chronological"
                ? comments.OrderByDescending(c => c.Sequence)
                : comments.OrderBy(c => c.Sequence);
            return Paged(request, id + "/comments", comments.Select(c => (JsonNode)CommentJson(c, fields)).ToList(), MaxLimit);
        }
        if (_comments.TryGetValue(id, out var parent) && !parent.Deleted && edge is "comments" or "replies")
        {
            var replies = _comments.Values.Where(c => c.ParentId == id && !c.Deleted && !(c.Platform == "instagram" && c.Hidden))
                .OrderBy(c => c.Sequence).Select(c => (JsonNode)CommentJson(c, fields)).ToList();
            return Paged(request, id + "/" + edge, replies, MaxLimit);
        }
        return GraphWire.Gone("GET", id, LooksInstagram(id) ? "IGApiException" : "GraphMethodException");
    }

    private SandboxResponse Update(SandboxRequest request, string id)
    {
        if (_posts.TryGetValue(id, out var visitorPost) && visitorPost.Visitor && !visitorPost.Deleted && request.Get("is_hidden") is { } hidePost)
        {
            _actions.Add(new SandboxAction(id, hidePost == "true" ? "hide" : "unhide", "facebook", _time.GetUtcNow()));
            return GraphWire.Ok(new JsonObject { ["success"] = true });
        }
        if (!_comments.TryGetValue(id, out var comment) || comment.Deleted)
        {
            return GraphWire.Gone("POST", id, LooksInstagram(id) ? "IGApiException" : "GraphMethodException");
        }
        if (_posts[comment.ObjectId].Foreign)
        {
            return GraphWire.NotPermitted();
        }
        var parameter = comment.Platform == "facebook" ? "is_hidden" : "hide";
        var value = request.Get(parameter);
        if (value is null || !bool.TryParse(value, out var hide))
        {
            return GraphWire.Error(400, 100, comment.Platform == "facebook" ? "GraphMethodException" : "IGApiException",
                $"(#100) The parameter {parameter} is required");
        }
        if (!comment.CanHide || _posts[comment.ObjectId].Visitor || comment.AuthorId == PageId)
        {
            return GraphWire.Error(400, 200, "OAuthException", "(#200) This comment cannot be hidden or unhidden by the Page");
        }
        comment.Hidden = hide;
        _actions.Add(new SandboxAction(id, hide ? "hide" : "unhide", comment.Platform, _time.GetUtcNow()));
        return GraphWire.Ok(new JsonObject { ["success"] = true });
    }

    private SandboxResponse Delete(string id)
    {
        if (_posts.TryGetValue(id, out var visitorPost) && visitorPost.Visitor && !visitorPost.Deleted)
        {
            visitorPost.Deleted = true;
            _actions.Add(new SandboxAction(id, "delete", "facebook", _time.GetUtcNow()));
            return GraphWire.Ok(new JsonObject { ["success"] = true });
        }
        if (!_comments.TryGetValue(id, out var comment) || comment.Deleted)
        {
            return GraphWire.Gone("DELETE", id, LooksInstagram(id) ? "IGApiException" : "GraphMethodException");
        }
        if (_posts[comment.ObjectId].Foreign)
        {
            return GraphWire.NotPermitted();
        }
        comment.Deleted = true;
        _actions.Add(new SandboxAction(id, "delete", comment.Platform, _time.GetUtcNow()));
        return GraphWire.Ok(new JsonObject { ["success"] = true });
    }

    private SandboxResponse PrivateReply(SandboxRequest request)
    {
        string? commentId = null;
        var recipient = request.Get("recipient");
        if (recipient is not null)
        {
            try
            {
                commentId = JsonNode.Parse(recipient)?["comment_id"]?.GetValue<string>();
            }
            catch (JsonException)
            {
                // Falls through to the parameter error below.
            }
        }
        if (commentId is null || request.Get("message") is null)
        {
            return GraphWire.Error(400, 100, "OAuthException", "(#100) The parameter recipient is required");
        }
        if (!_comments.TryGetValue(commentId, out var comment) || comment.Deleted || comment.Platform != "facebook")
        {
            return GraphWire.Error(400, 100, "OAuthException", "(#100) No matching user found", subcode: 2018001);
        }
        if (comment.PrivatelyReplied || _time.GetUtcNow() - comment.Created > TimeSpan.FromDays(7))
        {
            return GraphWire.Error(400, 10, "OAuthException", "(#10) This message is sent outside of allowed window.", subcode: 2018278);
        }
        comment.PrivatelyReplied = true;
        _actions.Add(new SandboxAction(commentId, "private_reply", "facebook", _time.GetUtcNow()));
        return GraphWire.Ok(new JsonObject { ["recipient_id"] = comment.AuthorId, ["message_id"] = "m_" + NextId() });
    }

    private SandboxResponse ReplyAsPage(string id, SandboxRequest request)
    {
        var message = request.Get("message");
        if (message is null)
        {
            return GraphWire.Error(400, 100, "GraphMethodException", "(#100) The parameter message is required");
        }
        SandboxPost? post;
        string? parentId = null;
        if (_comments.TryGetValue(id, out var parent) && !parent.Deleted)
        {
            post = _posts[parent.ObjectId];
            parentId = parent.ParentId ?? parent.Id;
        }
        else if (!_posts.TryGetValue(id, out post) || post.Deleted)
        {
            return GraphWire.Gone("POST", id);
        }
        var newId = AddCommentLocked(post, null, message, parentId, "page", _time.GetUtcNow(), hidden: false);
        return GraphWire.Ok(new JsonObject { ["id"] = newId });
    }

    private SandboxResponse Paged(SandboxRequest request, string path, List<JsonNode> items, int maxLimit)
    {
        var limitText = request.Get("limit");
        var limit = 25;
        if (limitText is not null && (!int.TryParse(limitText, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            return GraphWire.Error(400, 100, "GraphMethodException", "(#100) The parameter limit must be a positive integer");
        }
        if (limit > maxLimit)
        {
            return GraphWire.Error(400, 100, "GraphMethodException", $"(#100) The limit parameter must be less than or equal to {maxLimit}");
        }
        var offset = GraphWire.Offset(request.Get("after"));
        if (offset is null or < 0)
        {
            return GraphWire.Error(400, 100, "GraphMethodException", "(#100) The After Cursor specified is invalid");
        }
        var page = items.Skip(offset.Value).Take(limit).ToList();
        var body = new JsonObject { ["data"] = new JsonArray(page.ToArray()) };
        if (page.Count > 0)
        {
            var paging = new JsonObject
            {
                ["cursors"] = new JsonObject { ["before"] = GraphWire.Cursor(offset.Value), ["after"] = GraphWire.Cursor(offset.Value + page.Count) },
            };
            if (offset.Value + page.Count < items.Count)
            {
                var query = HttpUtility.ParseQueryString("");
                foreach (var (key, value) in request.Parameters.Where(p => p.Key is not ("after" or "before" or "batch")))
                {
                    query[key] = value;
                }
                query["after"] = GraphWire.Cursor(offset.Value + page.Count);
                paging["next"] = $"{BaseUrl}{request.Version}/{path}?{query}";
            }
            body["paging"] = paging;
        }
        return GraphWire.Ok(body);
    }

    /// <summary>Set by the server once it listens, for the absolute <c>next</c> URLs Graph hands out.</summary>
    public Uri? BaseUrl { get; set; }

    private JsonObject PostJson(SandboxPost post)
    {
        if (post.Platform == "instagram")
        {
            return new JsonObject
            {
                ["id"] = post.Id,
                ["caption"] = post.Message,
                ["media_type"] = "IMAGE",
                ["media_product_type"] = "FEED",
                ["permalink"] = $"https://www.instagram.com/p/{post.Id}/",
                ["timestamp"] = GraphWire.Time(post.Created),
                ["comments_count"] = _comments.Values.Count(c => c.ObjectId == post.Id && !c.Deleted),
                ["like_count"] = 3,
            };
        }
        var json = new JsonObject
        {
            ["id"] = post.Id,
            ["created_time"] = GraphWire.Time(post.Created),
            ["updated_time"] = GraphWire.Time(post.Updated),
            ["from"] = new JsonObject { ["name"] = post.FromName, ["id"] = post.FromId },
            ["permalink_url"] = $"https://www.facebook.com/{PageId}/posts/{post.Id.Split('_')[^1]}",
            ["is_published"] = true,
        };
        if (post.Message is not null)
        {
            json["message"] = post.Message;
        }
        return json;
    }

    private JsonObject CommentJson(SandboxComment c, HashSet<string> fields)
    {
        if (c.Platform == "instagram")
        {
            var ig = new JsonObject
            {
                ["id"] = c.Id,
                ["text"] = c.Text,
                ["timestamp"] = GraphWire.Time(c.Created),
                ["username"] = c.AuthorName,
                ["from"] = new JsonObject { ["id"] = c.AuthorId, ["username"] = c.AuthorName },
                ["like_count"] = 0,
                ["hidden"] = c.Hidden,
                ["media"] = new JsonObject { ["id"] = c.ObjectId },
            };
            if (c.ParentId is not null)
            {
                ig["parent_id"] = c.ParentId;
            }
            else if (fields.Contains("replies"))
            {
                var replies = _comments.Values.Where(r => r.ParentId == c.Id && !r.Deleted && !r.Hidden).OrderBy(r => r.Sequence)
                    .Select(r => (JsonNode)CommentJson(r, [])).ToArray();
                ig["replies"] = new JsonObject { ["data"] = new JsonArray(replies) };
            }
            return ig;
        }
        var post = _posts[c.ObjectId];
        var byPage = c.AuthorId == PageId;
        var json = new JsonObject
        {
            ["id"] = c.Id,
            ["message"] = c.Text,
            ["created_time"] = GraphWire.Time(c.Created),
            ["from"] = new JsonObject { ["name"] = c.AuthorName, ["id"] = c.AuthorId },
            ["is_hidden"] = c.Hidden,
            ["can_hide"] = c.CanHide && !byPage && !post.Visitor,
            ["can_remove"] = true,
            ["comment_count"] = _comments.Values.Count(r => r.ParentId == c.Id && !r.Deleted),
            ["permalink_url"] = $"https://www.facebook.com/{PageId}/posts/{c.ObjectId.Split('_')[^1]}?comment_id={c.Id.Split('_')[^1]}",
        };
        if (c.ParentId is not null)
        {
            json["parent"] = new JsonObject { ["id"] = c.ParentId };
        }
        return json;
    }

    private void Load(string platform, SandboxScenario.Post post, DateTimeOffset now)
    {
        var created = now - TimeSpan.FromMinutes(post.MinutesAgo);
        var id = AddPostLocked(platform, post.Id, post.Message, created, post.Visitor, post.Author);
        var added = _posts[id];
        foreach (var comment in post.Comments.OrderByDescending(c => c.MinutesAgo))
        {
            LoadComment(added, comment, null, now);
        }
    }

    private void LoadComment(SandboxPost post, SandboxScenario.Comment comment, string? parentId, DateTimeOffset now)
    {
        var id = AddCommentLocked(post, comment.Id, comment.Text, parentId, comment.Author, now - TimeSpan.FromMinutes(comment.MinutesAgo), comment.Hidden);
        foreach (var reply in comment.Replies.OrderByDescending(r => r.MinutesAgo))
        {
            LoadComment(post, reply, id, now);
        }
    }

    private string AddPostLocked(string platform, string? id, string? message, DateTimeOffset created, bool visitor, string? author)
    {
        id ??= platform == "facebook" ? $"{PageId}_{2000000000 + NextId()}" : (18000000000 + NextId()).ToString(CultureInfo.InvariantCulture);
        var fromName = visitor ? author ?? "A Visitor" : PageName;
        _posts[id] = new SandboxPost
        {
            Id = id,
            Platform = platform,
            Message = message,
            Created = created,
            Updated = created,
            FromId = visitor ? AuthorId(fromName) : platform == "facebook" ? PageId : InstagramId,
            FromName = fromName,
            Visitor = visitor && platform == "facebook",
        };
        return id;
    }

    private string AddCommentLocked(SandboxPost post, string? id, string text, string? parentId, string author, DateTimeOffset created, bool hidden)
    {
        var byPage = author == "page";
        if (post.Platform == "facebook")
        {
            id ??= $"{post.Id.Split('_')[^1]}_{3000000000 + NextId()}";
        }
        else
        {
            id ??= (17900000000 + NextId()).ToString(CultureInfo.InvariantCulture);
            // Instagram attaches a reply to a reply to the top-level comment.
            if (parentId is not null && _comments.TryGetValue(parentId, out var parent) && parent.ParentId is not null)
            {
                parentId = parent.ParentId;
            }
        }
        var name = byPage ? (post.Platform == "facebook" ? PageName : InstagramUsername) : author;
        _comments[id] = new SandboxComment
        {
            Id = id,
            Platform = post.Platform,
            ObjectId = post.Id,
            ParentId = parentId,
            Text = text,
            AuthorId = byPage ? (post.Platform == "facebook" ? PageId : InstagramId) : AuthorId(author),
            AuthorName = name,
            Created = created,
            Hidden = hidden,
            Sequence = ++_sequence,
        };
        if (created > post.Updated)
        {
            post.Updated = created;
        }
        return id;
    }

    private string AuthorId(string name)
    {
        if (!_authorIds.TryGetValue(name, out var id))
        {
            id = (7000000000000000 + NextId()).ToString(CultureInfo.InvariantCulture);
            _authorIds[name] = id;
        }
        return id;
    }

    private long NextId() => ++_nextId;

    private static HashSet<string> Fields(SandboxRequest request)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        var text = request.Get("fields");
        if (text is null)
        {
            return fields;
        }
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var ch = i < text.Length ? text[i] : ',';
            if (ch is '{' or '(')
            {
                depth++;
            }
            else if (ch is '}' or ')')
            {
                depth--;
            }
            else if (ch == ',' && depth == 0)
            {
                var field = text[start..i].Trim();
                var cut = field.IndexOfAny(['.', '{']);
                fields.Add(cut < 0 ? field : field[..cut]);
                start = i + 1;
            }
        }
        return fields;
    }

    private static DateTimeOffset? ParseTime(string value)
    {
        if (long.TryParse(value, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
    }

    private static bool LooksInstagram(string id) => !id.Contains('_', StringComparison.Ordinal);
}
