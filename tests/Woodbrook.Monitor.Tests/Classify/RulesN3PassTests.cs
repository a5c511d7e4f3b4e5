namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass n3: staff identification and other patients' data. "Mrs Jones" in Romanian and Polish ("Doamna Jones",
/// "pani Jones") is the practice manager as "Mrs Jones" is, but not the writer's neighbour; an ordinary-word surname
/// opening a sentence with what was done in the room ("Hale had his hand..."); the pharmacist by a slang word or by what
/// they worked out; a receptionist by the shift; fainting and anaemia as another person's health detail.</summary>
public class RulesN3PassTests
{
    [Theory]
    [InlineData("Doamna Jones ne-a ajutat enorm, mulțumim")]
    [InlineData("Pani Jones bardzo nam pomogła z dokumentami")]
    [InlineData("the pill lady they've got now is clueless")]
    [InlineData("the pharmacist worked out my tablets were clashing")]
    [InlineData("the receptionist on the late shift is always on her phone")]
    [InlineData("Kelly remembered my daughter's name, lovely touch")]
    [InlineData("Kelly spelt my name wrong on the letter again")]
    public void Classify_ForeignTitleSlangOrShift_Staff(string text) =>
        Assert.Contains("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("Hale and hearty at 90, my grandad")]
    [InlineData("the pharmacist at Boots worked out my tablets were clashing")]
    [InlineData("Moja sąsiadka pani Jones z naprzeciwka miała udar")]
    [InlineData("Grace is my daughter's name too, lovely name")]
    [InlineData("Kelly Brook? That's my mum's name, she hates it")]
    public void Classify_NeighbourOrShop_NotStaff(string text) =>
        Assert.DoesNotContain("staff_identification", Some.Labels(text));

    [Fact]
    public void Classify_NamedPersonFainted_OtherPatientData() =>
        Assert.Contains("other_patient_data", Some.Labels("Mrs Davies from the paper shop fainted in the queue, turns out she's anaemic"));
}
