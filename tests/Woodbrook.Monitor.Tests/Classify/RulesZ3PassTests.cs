namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass z3: staff identification and other patients' data. A staff surname after a title of address is staff when
/// the job or something done for the writer follows ("Ms Liu sorted my tablets"); a lower-case first name spoken to with
/// good wishes or opening a sentence that describes them ("enjoy it linda", "grace is the best"); a relative's blood sugars,
/// suicide attempt or counsellor; a two-word product name is nobody's medicine; the MMR-autism doctor is not staff.</summary>
public class RulesZ3PassTests
{
    [Theory]
    [InlineData("Ms Liu sorted out my tablets after years of side effects")]
    [InlineData("Mrs Patel the GP was lovely with my lad")]
    [InlineData("enjoy it kelly, you earned every minute")]
    [InlineData("happy retirement kelly")]
    [InlineData("grace is the best, explained everything")]
    public void Classify_TitleSurnameOrLowercaseName_Staff(string text) =>
        Assert.Contains("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("my neighbour Mrs Patel sorted my shopping when I was ill")]
    [InlineData("grace is a virtue they say")]
    [InlineData("MMR doesn't cause autism, the doctor who claimed it got struck off")]
    [InlineData("Is it the same nurse every week? my lad hates jabs")]
    public void Classify_NeighbourOrNotHere_NotStaff(string text) =>
        Assert.DoesNotContain("staff_identification", Some.Labels(text));

    [Theory]
    [InlineData("My brother Steve's sugars were 24 last week")]
    [InlineData("my colleague Dean tried to end it last month, we're all here for you mate")]
    [InlineData("@Craig Holt maybe go back to your counsellor mate")]
    [InlineData("Bunica mea are 88 de ani și e la pat")]
    public void Classify_RelativeOrTaggedHealth_OtherPatientData(string text) =>
        Assert.Contains("other_patient_data", Some.Labels(text));

    [Theory]
    [InlineData("Doctors won't tell you this but our Gluco Balance drops replace metformin 👉 gluco.example.store")]
    [InlineData("My sugars were a bit high so I'm booking in")]
    public void Classify_ProductOrOwnHealth_NoOtherPatientData(string text) =>
        Assert.DoesNotContain("other_patient_data", Some.Labels(text));
}
