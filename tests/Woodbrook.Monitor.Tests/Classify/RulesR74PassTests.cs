namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r74, from round 74's misses and false flags: slashing tyres; the practice's queue out-done by something
/// ordinary, redial games, caller numbers, a doctor who never looked up, eye-rolling, automatic doors, Romanian and Polish
/// access grumbles, not telling a receptionist one's business; jabs for the staff's friends, a suspension stated as fact;
/// myths about men and osteoporosis, hearing aids, experimental jabs, generic medicines, unvaccinated children, blood
/// pressure, immunity for life, antidepressants, cancer as a fungus, allergies passed on and ADHD; and as false flags a
/// Romanian scam warning, practices paid per jab with nothing wrong in it, the HPV jab cutting cancer, a national problem,
/// the practice sorting what another service botched, a guess, "sounds made up", "not on purpose". Sentences here are
/// written for the tests, not copied from the team's sets.</summary>
public class RulesR74PassTests
{
    [Theory]
    [InlineData("Park across my drive again and I'm slashing your tyres", "abuse.slash_tyres_r74")]
    [InlineData("The post office queue at Christmas is shorter than your phone queue", "complaint.than_your_queue_r74")]
    [InlineData("I've sat longer than that in your waiting room, and that was with a booked slot", "complaint.than_your_queue_r74")]
    [InlineData("Another morning of redial roulette, lost again", "complaint.than_your_queue_r74")]
    [InlineData("You are caller number 22. Marvellous", "complaint.than_your_queue_r74")]
    [InlineData("Twenty minutes and he never once looked at me, just typed", "complaint.staff_manner_r74")]
    [InlineData("She spends all day rolling her eyes at patients on the desk", "complaint.staff_manner_r74")]
    [InlineData("Forget the new website, just get the phones answered", "complaint.than_your_queue_r74")]
    [InlineData("The sliding doors close far too fast, my mum's walker got stuck", "complaint.doors_r74")]
    [InlineData("E imposibil să faci o programare dimineața", "complaint.than_your_queue_r74")]
    [InlineData("Nikt nie odbiera telefonu od tygodnia", "complaint.than_your_queue_r74")]
    [InlineData("I'm not telling a receptionist about my piles, sorry", "complaint.staff_manner_r74")]
    [InlineData("They gave the shingles jab to friends of the staff before anyone on the list", "defamation.staff_favours_r74")]
    [InlineData("He's not retiring, he was struck off last month", "defamation.suspended_r74")]
    [InlineData("Blokes don't get osteoporosis so I won't bother with the scan", "misinformation.myth_frames_r74")]
    [InlineData("Hearing aids make your ears lazy, I'd rather manage", "misinformation.myth_frames_r74")]
    [InlineData("It's an experimental vaccine being tested on pregnant women", "misinformation.myth_frames_r74")]
    [InlineData("Generic statins only have half the active ingredient of the brand", "misinformation.myth_frames_r74")]
    [InlineData("Unvaccinated children never get ill, mine are proof", "misinformation.myth_frames_r74")]
    [InlineData("Your top number should be 100 plus your age, nothing to worry about", "misinformation.myth_frames_r74")]
    [InlineData("Had flu last winter so I'm immune for life now", "misinformation.myth_frames_r74")]
    [InlineData("Antidepressants don't work on anyone, it's all placebo", "misinformation.myth_frames_r74")]
    [InlineData("Rak to zwykły grzyb i tyle", "misinformation.myth_frames_r74")]
    [InlineData("Food colouring causes ADHD, keep them off sweets", "misinformation.myth_frames_r74")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("Can men get osteoporosis too? My dad's worried", "misinformation.myth_frames_r74")]
    [InlineData("Is it true hearing aids make your ears lazy? Asking for my nan", "misinformation.myth_frames_r74")]
    [InlineData("Food colouring doesn't cause ADHD, that's a myth", "misinformation.myth_frames_r74")]
    [InlineData("Finally no more redial roulette 🙌 love the new system", "complaint.than_your_queue_r74")]
    [InlineData("Who answers the phones on a Saturday?", "complaint.than_your_queue_r74")]
    [InlineData("Heard a rumour he was suspended, anyone know?", "defamation.suspended_r74")]
    [InlineData("Surgeries get paid per flu jab, that's why they send reminders. Nothing wrong with that", "misinformation.stop_treatment")]
    [InlineData("The HPV jab has slashed cervical cancer rates in girls, get it done", "misinformation.treatment_harm")]
    [InlineData("HPV causes most cervical cancers, so the jab matters", "misinformation.q4_vax")]
    [InlineData("HPV causes most cervical cancers, so the jab matters", "misinformation.treatment_harm")]
    [InlineData("Men can get osteoporosis too, my dad has it", "misinformation.myth_frames_r74")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));

    [Theory]
    [InlineData("Dacă vă sună cineva de la cabinet, nu dați datele cardului la telefon", "spam")]
    [InlineData("What's the training on this week?", "complaint")]
    [InlineData("Getting through at 8am is a national problem, it's the same everywhere", "complaint")]
    [InlineData("Leaving because of all the complaints they covered up, I bet", "defamation")]
    [InlineData("A wellbeing navigator? Sounds made up to me lol", "defamation")]
    [InlineData("@Jan it's not the girls doing it on purpose, the phone system drops calls", "defamation")]
    public void Classify_NotTheLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Theory]
    [InlineData("Click here and confirm your card details within 24 hours or your NHS account closes", "spam")]
    [InlineData("The staff need training in basic manners, honestly", "complaint")]
    [InlineData("It's a national problem I know, but your receptionists are rude every single time", "complaint")]
    public void Classify_StillTheLabel(string text, string label) =>
        Assert.Contains(label, Some.Labels(text));
}
