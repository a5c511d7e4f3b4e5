namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r78, from round 78's misses and false flags: insults, curses and threats, sales by Telegram, Viber or
/// WeChat, unanswered phones and closures, allegations, vaccine myths and other people's illnesses in Ukrainian,
/// Russian, Dari, Arabic, Sorani, Vietnamese, Tagalog, Swahili, Nigerian Pidgin and Albanian; in English a work-from-home
/// team, graphene oxide, 5G masts making people ill, too many jabs too soon, antihistamines with alcohol as fine, a named
/// person on the oncology ward, a relative with a limb amputated, "the lady who does the flu clinics"; and as a false
/// flag a fundraiser for an illness's support group. Sentences here are written for the tests, not copied from the
/// team's sets.</summary>
public class RulesR78PassTests
{
    [Theory]
    [InlineData("Идите вы все со своими правилами", "abuse.other_languages_r78")]
    [InlineData("Ви всі ідіоти, нічого не вмієте", "abuse.other_languages_r78")]
    [InlineData("Werey people, una no get sense", "abuse.other_languages_r78")]
    [InlineData("Putangina, ang bagal ninyo", "abuse.other_languages_r78")]
    [InlineData("Ninyi ni wajinga kabisa", "abuse.other_languages_r78")]
    [InlineData("Продам справки для работы, пишите в Телеграм", "spam.messenger_offer_r78")]
    [InlineData("Ofrojmë vende pune, shkruani në Viber", "spam.messenger_offer_r78")]
    [InlineData("Join my team! Be your own boss and work from home around the kids 💕", "spam.messenger_offer_r78")]
    [InlineData("Дзвоню з восьмої, ніхто не відповідає", "complaint.other_languages_r78")]
    [InlineData("Nimepiga mara kumi, huduma mbovu sana", "complaint.other_languages_r78")]
    [InlineData("Клиника передает данные пациентов в Home Office", "defamation.other_languages_r78")]
    [InlineData("Прививка вызывает аутизм у детей", "misinformation.other_languages_r78")]
    [InlineData("Vaksina shkakton autizëm te fëmijët", "misinformation.other_languages_r78")]
    [InlineData("Вакцина змінює ДНК назавжди", "misinformation.other_languages_r78")]
    [InlineData("They put graphene oxide in the boosters", "misinformation.other_languages_r78")]
    [InlineData("Since they put the 5G mast up the whole street has been ill", "misinformation.other_languages_r78")]
    [InlineData("Babies get too many jabs too young, it overloads them", "misinformation.other_languages_r78")]
    [InlineData("Diazepam with a couple of pints is fine honestly", "misinformation.other_languages_r78")]
    [InlineData("Мій чоловік має діабет, чи можна записатися?", "other_patient_data.other_languages_r78")]
    [InlineData("Jirani yangu ana kisukari na hawezi kutembea", "other_patient_data.other_languages_r78")]
    [InlineData("Thinking of Maureen Platt on the oncology ward this week", "other_patient_data.other_languages_r78")]
    [InlineData("My uncle had his foot amputated last year, will the ramp be wide enough?", "other_patient_data.other_languages_r78")]
    [InlineData("The nurse wey dey do injection for Monday na correct woman", "staff_identification.described_r78")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("Scam alert: someone on Telegram is selling fake sick notes, report them", "spam.messenger_offer_r78")]
    [InlineData("Вакцина не вызывает аутизм, это доказано", "misinformation.other_languages_r78")]
    [InlineData("Graphene oxide in vaccines is a myth, there is none", "misinformation.other_languages_r78")]
    [InlineData("Every lad at the gym ends up on dialysis, they reckon, from the powders", "other_patient_data.other_languages_r78")]
    [InlineData("Thanks to the lady who runs the cafe next door, lovely coffee", "staff_identification.described_r78")]
    [InlineData("Boots do the chickenpox jab for about £150 imo worth it", "spam.messenger_offer_r78")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));

    [Theory]
    [InlineData("The library is raising money for the dementia support group, cake sale Friday", "other_patient_data")]
    [InlineData("DM me for details of the Tupperware party", "abuse")]
    public void Classify_NotTheLabel(string text, string label) =>
        Assert.DoesNotContain(label, Some.Labels(text));

    [Theory]
    [InlineData("Raising money for my neighbour Jan's dementia care, she was diagnosed in May", "other_patient_data")]
    public void Classify_StillTheLabel(string text, string label) =>
        Assert.Contains(label, Some.Labels(text));
}
