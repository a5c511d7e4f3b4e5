using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Names a post introduces as the practice's own staff, and a comment naming them under that post. Posts and
/// comments here are written for the tests.</summary>
public class PostStaffNamesTests
{
    private const string Welcome = "Please welcome Nadia Hussain, our new Advanced Nurse Practitioner, who starts on Monday.";

    [Theory]
    [InlineData(Welcome, "nadia", "hussain")]
    [InlineData("Meet Callum, our Mental Health Practitioner. You can book straight in with him.", "callum", null)]
    [InlineData("Congratulations to our Healthcare Assistant Dev Mistry on passing his phlebotomy course!", "dev", "mistry")]
    [InlineData("After 20 years, Brenda Walsh is retiring from our reception team. Thank you Brenda!", "brenda", "walsh")]
    public void In_PostIntroducingStaff_GivesTheirNames(string post, string first, string? last)
    {
        var names = PostStaffNames.In(post);
        Assert.Contains(first, names);
        if (last is not null)
        {
            Assert.Contains(last, names);
        }
        Assert.DoesNotContain("practitioner", names);
        Assert.DoesNotContain("nurse", names);
    }

    [Theory]
    [InlineData("Meet Margaret, the new chair of our Patient Participation Group!")]
    [InlineData("A warm welcome to the residents of Orchard View Care Home, who join our list this month.")]
    [InlineData("Flu clinic this Saturday 9-12, no appointment needed.")]
    [InlineData("Please check your child has had both MMR doses. Ask our nurses if you're not sure, or Call our reception team.")]
    [InlineData(null)]
    public void In_PostIntroducingNoStaff_GivesNoNames(string? post) => Assert.Empty(PostStaffNames.In(post));

    [Theory]
    [InlineData("Nadia was brilliant with my dressing on Tuesday")]
    [InlineData("Had my review with Nadia Hussain, very thorough")]
    [InlineData("Pani Nadia była bardzo miła, dziękuję")]
    [InlineData("Nadia from reception was lovely to my mum")]
    [InlineData("Nadia from the surgery rang me back within the hour")]
    public void Classify_CommentNamingPostStaff_FlagsStaffIdentification(string text) =>
        Assert.Contains(Some.Classifier.Classify(new CommentToClassify(text, Welcome)).Evidence,
            e => e.Label == CommentLabel.StaffIdentification && e.Rule == "staff_identification.named_in_post");

    [Theory]
    [InlineData("Nadia was brilliant with my dressing on Tuesday", null)]
    [InlineData("My daughter Nadia wants to be a nurse one day", Welcome)]
    [InlineData("@Nadia Begum this is who I was telling you about", Welcome)]
    [InlineData("Nadia Begum from my work says hello", Welcome)]
    [InlineData("Nadia from the choir says hello", Welcome)]
    [InlineData("Nadia is such a pretty name", Welcome)]
    [InlineData("Nadia was brilliant with my dressing on Tuesday", "Meet Nadia, the new chair of our Patient Participation Group!")]
    public void Classify_SomeoneElseOrNoStaffPost_NotNamedInPost(string text, string? post) =>
        Assert.DoesNotContain(Some.Classifier.Classify(new CommentToClassify(text, post)).Evidence,
            e => e.Rule == "staff_identification.named_in_post");

    [Fact]
    public void In_HostilePost_ReturnsQuickly()
    {
        var post = "Please welcome " + string.Concat(Enumerable.Repeat("Abc ", 50_000));
        Assert.True(PostStaffNames.In(post).Count <= 2);
    }
}
