namespace Woodbrook.Monitor.Tests.Classify;

/// <summary>Pass r82: the concepts of pass r80's word lists (relatives, illnesses, vaccine myths, antibiotics for colds,
/// selling medicines, getting through to the surgery, insults, threats) in seventeen more languages: Urdu, Punjabi, Hindi,
/// Bengali, Gujarati, Tamil, Arabic, Farsi, Pashto, Somali, Tigrinya, Amharic, Swahili, Yoruba, Vietnamese, Chinese and
/// Tagalog, in their own scripts and as typed in Latin letters. Chinese is read a character at a time, so "癌症" matches
/// inside a sentence written without spaces. Sentences here are written for the tests, not copied from the team's
/// sets.</summary>
public class RulesR82PassTests
{
    [Theory]
    [InlineData("Meri behen ko chhati ka cancer hai, uski report kab aayegi", "other_patient_data.other_languages_r82")]
    [InlineData("我妈妈得了癌症，医生一直不回电话", "other_patient_data.other_languages_r82")]
    [InlineData("Hooyadey waxay qabtaa kansar, dhakhtarka ma soo wacin", "other_patient_data.other_languages_r82")]
    [InlineData("Mẹ tôi bị tiểu đường, bác sĩ không gọi lại", "other_patient_data.other_languages_r82")]
    [InlineData("Nanay ko ay may kanser sa suso", "other_patient_data.other_languages_r82")]
    [InlineData("أمي مريضة بالسرطان", "other_patient_data.other_languages_r82")]
    [InlineData("Tiêm vắc xin gây vô sinh cho phụ nữ", "misinformation.other_languages_r82")]
    [InlineData("疫苗会导致自闭症", "misinformation.other_languages_r82")]
    [InlineData("Bán thuốc kháng sinh giá rẻ, không cần toa, ib em", "spam.other_languages_r82")]
    [InlineData("Nagbebenta ako ng gamot, PM lang", "spam.other_languages_r82")]
    [InlineData("Koi phone nahi uthata, doctor sahab se appointment milna namumkin hai", "complaint.other_languages_r82")]
    [InlineData("一群废物", "abuse.other_languages_r82")]
    [InlineData("隔壁王阿姨得了肺癌", "other_patient_data.other_languages_r82_extra")]
    [InlineData("Bố tôi bị đột quỵ tuần trước", "other_patient_data.other_languages_r82_extra")]
    public void Classify_NewPattern_IsFlaggedByItsRule(string text, string rule) =>
        Assert.Contains(rule, Some.Rules(text));

    [Theory]
    [InlineData("疫苗不会导致自闭症", "misinformation.other_languages_r82")]
    [InlineData("Bác sĩ nói kháng sinh không chữa được cảm cúm", "misinformation.other_languages_r82")]
    [InlineData("Mẹ tôi đi khám bác sĩ hôm qua, cảm ơn", "other_patient_data.other_languages_r82")]
    [InlineData("Phòng khám rất tốt, lễ tân thân thiện", "complaint.other_languages_r82")]
    [InlineData("Bhai koi booster na lagwaye, sab theek hai", "other_patient_data.other_languages_r82")]
    [InlineData("Polio ke qatray aur MMR mein suar ki charbi hoti hai", "abuse.other_languages_r82")]
    public void Classify_NearMiss_IsNotFlaggedByTheRule(string text, string rule) =>
        Assert.DoesNotContain(rule, Some.Rules(text));
}
