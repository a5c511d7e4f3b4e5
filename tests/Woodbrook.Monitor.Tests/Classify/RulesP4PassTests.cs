namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass P4 on staff identification and other patients' data: a staff surname alone, an apostrophe typed as a
/// space, lower-case first names where the context says staff, names used as names or belonging to someone else; a
/// relative's job or lift is not their health, a date after "born" with nobody else is the writer's own, street-word
/// surnames ("Lauren Hill") are names.</summary>
public class RulesP4PassTests
{
    [Theory]
    [InlineData("Patel is the best doctor in that building")]
    [InlineData("dr o connor retiring?? say it isnt so")]
    [InlineData("kelly on reception was lovely to me today")]
    [InlineData("tom took my bloods no bother")]
    [InlineData("thanks kelly x")]
    [InlineData("Liu sorted my meds review, brilliant")]
    [InlineData("The retiring nurse will be missed")]
    [InlineData("Doktor Patel jest najlepsza")]
    public void Classify_StaffByNameOrDescription_AddsStaffIdentification(string text) =>
        Assert.Contains("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("Tom Jones on repeat while I wait, it's not unusual")]
    [InlineData("Grace is such a pretty name, might use it for the baby")]
    [InlineData("My daughter's called Grace too")]
    [InlineData("me and our Tom (my eldest) both need boosters")]
    [InlineData("Kelly's nails on the high street are the best")]
    [InlineData("Brown bread and soup for my cold, sorted")]
    [InlineData("I hope grace is shown to the staff, they work hard")]
    [InlineData("Bridget Jones is my favourite film")]
    [InlineData("Dr Google says I'm dying again")]
    public void Classify_NameThatIsNotStaff_NoStaffIdentification(string text) =>
        Assert.DoesNotContain("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("my lodger gets his methadone from here")]
    [InlineData("Ma maw's been waitin on her cancer results fur three weeks noo")]
    [InlineData("Congrats to Lauren Hill on her pregnancy, saw her at the antenatal clinic")]
    [InlineData("I look after my husband, he's got Parkinson's")]
    [InlineData("Prayers for my sister who's having surgery tomorrow")]
    [InlineData("My mum Sheila, 78, has been waiting 3 weeks for a call back about her lump")]
    public void Classify_AnotherPersonsHealth_AddsOtherPatientData(string text) =>
        Assert.Contains("other_patient_data", Some.Labels(text));

    [Theory]
    [InlineData("My friend is a physio and says exercise is the best thing for back pain")]
    [InlineData("My neighbour Sue gave me a lift to the flu clinic, what a star")]
    [InlineData("Born 14/03/1955 so I'm 70, does that mean I qualify?")]
    [InlineData("my mum wants to know if the flu clinic is on Saturday")]
    [InlineData("The lad from the Co-op was singing your praises")]
    public void Classify_NoThirdPartysHealth_NoOtherPatientData(string text) =>
        Assert.DoesNotContain("other_patient_data", Some.Labels(text));
}
