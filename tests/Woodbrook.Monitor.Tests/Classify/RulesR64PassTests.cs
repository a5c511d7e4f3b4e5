namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r64, from round 63's false flags: a relative's errand or routine check that went smoothly, a bare Polish
/// "mam" (I have), a warning about a fake network or account, working from home oneself, and a grade ("an A*").
/// Sentences here are written for the tests, not copied from the team's sets.</summary>
public class RulesR64PassTests
{
    [Theory]
    [InlineData("Dad had his booster and picked up his repeat on the way out, so easy", "other_patient_data")]
    [InlineData("The nurse did my wife's bloods first thing, in and out in ten minutes 👍", "other_patient_data")]
    [InlineData("Mam teraz wszystkie recepty w aplikacji, dziękuję", "other_patient_data")]
    [InlineData("Could someone ring me after 3? I'm working from home this week", "spam")]
    [InlineData("Revised through the night and got an A* in biology", "abuse")]
    public void Classify_FormerFalseFlag_IsNotThatLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Theory]
    [InlineData("My dad picked up his tablets for his dementia and they'd given him the wrong ones")]
    [InlineData("Mum had her smear and it came back abnormal, she's waiting for the hospital")]
    [InlineData("Our mam has been on morphine since the stroke")]
    public void Classify_RelativeWithAnIllness_IsStillOtherPatientsData(string text) =>
        Assert.Contains("other_patient_data", Some.Labels(text));

    [Theory]
    [InlineData("Work from home and earn £300 a day, message me")]
    [InlineData("The receptionist faked my notes to cover herself")]
    public void Classify_TheRealThing_IsStillFlagged(string text) =>
        Assert.NotEmpty(Some.Labels(text));

    [Theory]
    [InlineData("Careful, that 'Woodbrook Surgery' Facebook page is a fake account, don't click anything")]
    [InlineData("Heads up, there's a fake wifi network in the car park, don't connect to it")]
    public void Classify_FakeThingWarning_IsNoDishonesty(string text) =>
        Assert.DoesNotContain(Some.Classifier.Classify(new(text)).Evidence, e => e.Rule == "defamation.dishonesty");

    [Theory]
    [InlineData("Sell your unwanted gold for cash today, best rates in town")]
    [InlineData("selling ur old laptops for money? we collect")]
    public void Classify_CashForGoods_IsSpam(string text) =>
        Assert.Contains(Some.Classifier.Classify(new(text)).Evidence, e => e.Rule == "spam.cash_for_goods_r64");

    [Fact]
    public void Classify_SoldMyOwnThings_IsNotCashForGoods() =>
        Assert.DoesNotContain(Some.Classifier.Classify(new("I sold my old pram for £40 on Marketplace")).Evidence,
            e => e.Rule == "spam.cash_for_goods_r64");
}
