namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r81, from round 81's misses and false flags. In other languages: adverts (an offer with a way to answer
/// it), antibiotics said to help colds without a cure verb, a place in the phone queue, "it's not our problem", a
/// prescription lost, "closed again", whole-phrase insults (masked too), staff said to be drunk or to have bought a
/// diploma. In English: staff wished hanged, the vaccine as the bigger risk, chemtrails, burning a tick off, a named
/// manager bullying staff out, and "Banana Boat" the sun cream as a false flag. Sentences here are written for the
/// tests, not copied from the team's sets.</summary>
public class RulesR81PassTests
{
    [Theory]
    [InlineData("Vendo casa a Bucarest, scrivetemi su WhatsApp", "spam.adverts_other_languages_r81")]
    [InlineData("Eladó babakocsi, hívjon 07700 900 432", "spam.adverts_other_languages_r81")]
    [InlineData("Antibiotika helfen bei Erkältung sofort", "misinformation.antibiotics_colds_r81")]
    [InlineData("Recepcja powiedziała, że to nie nasz problem", "complaint.other_languages_r81")]
    [InlineData("Hanno perso la mia ricetta di nuovo", "complaint.other_languages_r81")]
    [InlineData("Schon wieder geschlossen, typisch", "complaint.other_languages_r81")]
    [InlineData("Vão todos para o c*ralho", "abuse.other_languages_r81")]
    [InlineData("Ta lekarka kupiła dyplom, to pewne", "defamation.other_languages_r81")]
    [InlineData("The lot of them should be hanged", "abuse.hanged_r81")]
    [InlineData("The jab is the bigger risk, not covid", "misinformation.r81")]
    [InlineData("Chemtrails are why everyone's got hay fever", "misinformation.r81")]
    [InlineData("Put a lit match on the tick and it lets go", "misinformation.r81")]
    [InlineData("Anne Jones bullies the receptionists out of their jobs", "defamation.bully_out_r81")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("Antybiotyki nie pomagają na przeziębienie, to wirus", "misinformation.antibiotics_colds_r81")]
    [InlineData("Czy antybiotyk pomaga na przeziębienie?", "misinformation.antibiotics_colds_r81")]
    [InlineData("Moja mama zgubiła receptę, czy można nową?", "complaint.other_languages_r81")]
    [InlineData("Nicht unser Problem, sagte der Busfahrer", "complaint.other_languages_r81")]
    [InlineData("Nie pijany, tylko zmęczony", "defamation.other_languages_r81")]
    [InlineData("Pictures of the old surgery should be hung in the waiting room", "abuse.hanged_r81")]
    [InlineData("Don't hold a lit match to a tick, use tweezers", "misinformation.r81")]
    [InlineData("Chemtrails are a myth, it's just pollen", "misinformation.r81")]
    [InlineData("The vaccine is not a bigger risk than measles", "misinformation.r81")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));

    [Theory]
    [InlineData("Banana Boat SPF 50 half price at Boots", "abuse")]
    public void Classify_NotTheLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Fact]
    public void Classify_BananaBoatJibe_IsStillAbuse() =>
        Assert.Contains("abuse", Some.Labels("Go back on the banana boat"));
}
