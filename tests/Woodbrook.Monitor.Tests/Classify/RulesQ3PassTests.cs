using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass q3 on staff identification and other patients' data: a surname that is also a word used as the subject
/// of a sentence, names that are also words or belong to neighbours and shops, people singled out by a feature or a
/// session; a relative's health told with their workplace, and the flu queue as a service, not an illness.</summary>
public class RulesQ3PassTests
{
    private static readonly Lazy<CommentClassifier> Classifier = new(() =>
    {
        var practice = Some.Practice();
        practice.Staff.Add(new() { Name = "Richard Hale", Role = "GP Registrar", Aliases = ["Dr Hale"] });
        practice.Staff.Add(new() { Name = "Mohammed Iqbal", Role = "Receptionist", Aliases = ["Mo", "Mohammed"] });
        return new CommentClassifier(practice);
    });

    private static IReadOnlyList<string> Labels(string text) => Some.LabelsBy(Classifier.Value, text);

    [Theory]
    [InlineData("Hale is the best doc there")]
    [InlineData("Hale sorted me out in ten minutes")]
    [InlineData("Mulțumesc doctorului Hale pentru tot")]
    [InlineData("Grace and the pharmacy team sorted it in a day")]
    [InlineData("Mrs Jones sorted my records transfer")]
    [InlineData("whoever did my bloods on Tuesday has magic hands")]
    [InlineData("the woman on the phone this morning was a star")]
    [InlineData("the one with the tattoos on the front desk rolled her eyes at me")]
    [InlineData("receptionist with the purple hair hung up on me")]
    [InlineData("the doctor I saw Monday afternoon was dismissive")]
    public void Classify_OnePersonOfStaff_AddsStaffIdentification(string text) =>
        Assert.Contains("staff_identification", Labels(text));

    [Theory]
    [InlineData("Grace and peace to you all this Christmas")]
    [InlineData("Hale and hearty at 86 and never missed a flu jab")]
    [InlineData("Brown is my favourite colour for the new chairs")]
    [InlineData("Mrs Jones next door brought me ice lollies all weekend")]
    [InlineData("Patel's chemist on the high street had the sprays on offer")]
    [InlineData("Jones family all done for another year")]
    [InlineData("whoever designed the new phone system deserves a pay rise")]
    [InlineData("the man on the phone at the hospital was useless")]
    [InlineData("the GP I saw last week really listened")]
    public void Classify_NotOneOfStaff_NoStaffIdentification(string text) =>
        Assert.DoesNotContain("staff_identification", Labels(text));

    [Theory]
    [InlineData("Linda did my mum's leg dressings every week for two years")]
    [InlineData("Mere bapu ji nu sugar di bimari hai")]
    [InlineData("Mae fy nhad yn sâl iawn gyda chanser")]
    [InlineData("K.M. from Birch Grove got her diagnosis here last week")]
    [InlineData("my uncle had his appendix out last year")]
    [InlineData("my brother in law who works at the Tesco on Mill Lane got told he's got prostate cancer here last week")]
    [InlineData("@Tony Sharp see you at the stop smoking clinic Friday mate")]
    public void Classify_AnotherPersonsHealth_AddsOtherPatientData(string text) =>
        Assert.Contains("other_patient_data", Labels(text));

    [Theory]
    [InlineData("My neighbour Sue lent me her brolly for the flu queue")]
    [InlineData("My brother works at the Tesco on Mill Lane and says they're doing free BP checks there too")]
    [InlineData("the lad who does the bloods was laughing with his mate when I fainted")]
    [InlineData("I had my appendix out here years ago")]
    [InlineData("@Gemma Price you coming to the flu clinic Saturday?")]
    public void Classify_NoOtherPatientsHealth_NoOtherPatientData(string text) =>
        Assert.DoesNotContain("other_patient_data", Labels(text));

    [Fact]
    public void Classify_FriendlyMentionOfAClinic_OtherPatientDataNotAbuse()
    {
        var labels = Labels("@Tony Sharp see you at the stop smoking clinic Friday mate");
        Assert.Contains("other_patient_data", labels);
        Assert.DoesNotContain("abuse", labels);
    }
}
