#include <gtest/gtest.h>
#include <chaincity/core/error.hpp>
#include <chaincity/text.hpp>

using namespace chaincity;

TEST(Text, TraditionalBecomesSimplifiedAtPhraseLevel) {
  EXPECT_EQ(to_simplified("貴陽"), "贵阳");
  EXPECT_EQ(to_simplified("區塊鏈產業園"), "区块链产业园");
  EXPECT_EQ(to_simplified("嶗山區"), "崂山区");
  EXPECT_EQ(to_simplified("乾隆"), "乾隆");  // a character table would give 干隆
  EXPECT_EQ(to_simplified("abc 123"), "abc 123");
}

TEST(Text, NormalizeFoldsWidthCaseScriptAndSpace) {
  EXPECT_EQ(normalize("貴陽"), normalize("贵阳"));
  EXPECT_EQ(normalize("ＧＵＩＹＡＮＧ"), "guiyang");
  EXPECT_EQ(normalize("  Guiyang   City "), "guiyang city");
  EXPECT_EQ(normalize("２０２０年"), "2020年");
  EXPECT_THROW((void)normalize("\xff"), Error);
}

TEST(Text, PinyinKeysFoldTonesAndSpaces) {
  EXPECT_EQ(pinyin_key("Guìyáng"), "guiyang");
  EXPECT_EQ(pinyin_key("Wèilái Kējìchéng"), "weilaikejicheng");
  EXPECT_EQ(pinyin_key("贵阳"), "guiyang");
  EXPECT_EQ(pinyin_key("黄埔"), "huangbu");  // ICU's reading: why curated pinyin wins where the atlas has it
}

TEST(Text, SearchTermsAreWordsAndCjkBigrams) {
  EXPECT_EQ(search_terms("區塊鏈"), (std::vector<std::string>{"区块", "块链"}));
  EXPECT_EQ(search_terms("BSN江西节点"), (std::vector<std::string>{"bsn", "江西", "西节", "节点"}));
  EXPECT_EQ(search_terms("链"), (std::vector<std::string>{"链"}));
  EXPECT_TRUE(search_terms("，。！").empty());
}

TEST(Text, DisplayWidthCountsWideCharactersTwice) {
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("贵阳"), 4u);
  EXPECT_EQ(display_width("Guìyáng"), 7u);
  EXPECT_EQ(display_width("ＡＢ"), 4u);
  EXPECT_EQ(pad_to_width("贵阳", 6), "贵阳  ");
  EXPECT_EQ(pad_to_width("toolong", 3), "toolong");
}
