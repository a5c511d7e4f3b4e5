using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r75, from round 75's misses and false flags: a pity the harm was not worse, the police not there for ever;
/// weeks to get an appointment or a callback, a building nobody thought through, rudeness to sick people, Polish waiting
/// grumbles, a sour "cheers for that", a condition missed for months, results sent to whoever holds the account; a person
/// sacked for wrongdoing, minutes rewritten; myths about suncream, creatine, withdrawal, symptom-free infections, sobering
/// up, sore throats, vaccines killing millions and foods that cure better than tablets; research peptides; a surname typed
/// in lower case, a name the post introduced typed in lower case; and as false flags encouragement, defending the staff,
/// hoping a culprit is banned, returns taken back with no questions asked, medicines binned or flushed, a cash cow, a
/// witch's t*t, the public record on Wakefield, a nurse at the student union. Sentences here are written for the tests,
/// not copied from the team's sets.</summary>
public class RulesR75PassTests
{
    [Theory]
    [InlineData("Pity it wasn't worse honestly", "abuse.wished_worse_r75")]
    [InlineData("Serves them right, they had it coming", "abuse.wished_worse_r75")]
    [InlineData("The coppers can't be around forever, remember that", "abuse.police_not_forever_r75")]
    [InlineData("Getting an appointment took nine weeks, nine", "complaint.took_weeks_r75")]
    [InlineData("Are the callbacks any better now? Mine took four days in May", "complaint.took_weeks_r75")]
    [InlineData("A ramp with a step at the top. Did nobody check that before paying for it?", "complaint.nobody_thought_r75")]
    [InlineData("Twenty years of being rude to ill people and now a party", "complaint.rude_to_sick_r75")]
    [InlineData("Dzwonię od rana. Ile można czekać?", "complaint.polish_waiting_r75")]
    [InlineData("Złożyłam wniosek o skierowanie miesiąc temu i nadal nic", "complaint.polish_waiting_r75")]
    [InlineData("So now we have to buy our own paracetamol ourselves. Thanks for that", "complaint.cheers_for_that_r75")]
    [InlineData("Congratulations to him, he dismissed my symptoms for three years", "complaint.missed_for_months_r75")]
    [InlineData("Careful, they email your results to anyone on the family account", "complaint.results_to_whoever_r75")]
    [InlineData("Careful, they email your results to anyone on the family account", "defamation.results_to_whoever_r75")]
    [InlineData("She was dismissed from her last surgery for stealing from patients", "defamation.sacked_for_r75")]
    [InlineData("The meeting minutes are rewritten by the partners before anyone sees them", "defamation.rewritten_r75")]
    [InlineData("The sun doesn't cause skin cancer, it's the chemicals in sunscreen", "misinformation.myth_frames_r75")]
    [InlineData("creatine's basically a steroid, ask any doctor", "misinformation.myth_frames_r75")]
    [InlineData("Withdrawal works as well as condoms if you're disciplined", "misinformation.myth_frames_r75")]
    [InlineData("No symptoms, no itch, so you can't have anything. Save the NHS the test", "misinformation.myth_frames_r75")]
    [InlineData("Black coffee sobers you up in half an hour, sorted", "misinformation.myth_frames_r75")]
    [InlineData("All sore throats are strep and need penicillin, get it sorted", "misinformation.myth_frames_r75")]
    [InlineData("Turmeric cures arthritis better than tablets ever will", "misinformation.myth_frames_r75")]
    [InlineData("Research peptides in stock, message for the list", "spam.peptides_r75")]
    [InlineData("Pens ready to dispatch today, tracked", "spam.peptides_r75")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("Is it true sunscreen causes cancer? Saw it on TikTok", "misinformation.myth_frames_r75")]
    [InlineData("Creatine isn't a steroid, it's in meat", "misinformation.myth_frames_r75")]
    [InlineData("Pulling out is not as good as condoms, nowhere near", "misinformation.myth_frames_r75")]
    [InlineData("Before vaccines, measles killed millions of children", "misinformation.myth_frames_r75")]
    [InlineData("Nobody had it coming, it was awful", "abuse.wished_worse_r75")]
    [InlineData("I missed my appointment for two weeks running, my fault", "complaint.missed_for_months_r75")]
    [InlineData("Read in the paper a GP down south got struck off for stealing drugs", "defamation.sacked_for_r75")]
    [InlineData("Getting a hospital appointment took six months", "complaint.took_weeks_r75")]
    [InlineData("Still no male pill in 2025, unbelievable", "complaint.access")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));

    [Theory]
    [InlineData("Bhra ji test karwa lo, sharam di koi gal nahi", "complaint")]
    [InlineData("Long waits are rubbish but there's no excuse for screaming at staff", "complaint")]
    [InlineData("Hope whoever scratched the nurse's car gets caught", "complaint")]
    [InlineData("Fingers crossed the new system beats the 8am scramble", "complaint")]
    [InlineData("The chemist took my old ones back, no questions asked", "spam")]
    [InlineData("Didn't know you shouldn't flush them, thanks for posting", "misinformation")]
    [InlineData("The walk-in flu clinic is a cash cow for the council, fair play", "abuse")]
    [InlineData("Cold as a witch's t*t in that waiting room this morning", "abuse")]
    [InlineData("Wakefield was struck off for faking his data, the MMR is safe", "defamation")]
    [InlineData("Is the student union nurse still there on Fridays?", "staff_identification")]
    [InlineData("My dad collected his repeat this morning, all sorted, ta", "other_patient_data")]
    public void Classify_NotTheLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Theory]
    [InlineData("My husband has been on fluoksetyna for years and the surgery keeps changing it", "other_patient_data")]
    [InlineData("Dr Patel is a cash cow merchant and a f*cking liar", "abuse")]
    [InlineData("patel sorted me out in ten minutes, what a doctor", "staff_identification")]
    [InlineData("saw patel this morning, lovely as ever", "staff_identification")]
    public void Classify_StillTheLabel(string text, string label) =>
        Assert.Contains(label, Some.Labels(text));

    private const string Welcome = "Please welcome Jess Morgan, our new Mental Health Practitioner! Jess is with us on Mondays.";

    [Fact]
    public void Classify_PostNameInLowerCase_IsStaffAsWithACapital() =>
        Assert.Contains(Some.Classifier.Classify(new CommentToClassify("jess got the sack from her last job for gossiping", Welcome)).Evidence,
            e => e.Rule == "staff_identification.named_in_post" && e.Text == "jess");

    [Fact]
    public void Classify_PronounThePostCapitalised_IsNotAName() =>
        Assert.DoesNotContain(Some.Classifier.Classify(new CommentToClassify("hope she stays longer than the last one",
                "We're delighted to welcome Dr Amina Okafor as our newest GP. She joins us from Leeds.")).Evidence,
            e => e.Rule == "staff_identification.named_in_post");
}
