// Small atlases for tests, built through the public API with real quotes from the seed articles.
#pragma once

#include <chaincity/chaincity.hpp>

namespace chaincity::testing {

inline Provenance quote(const char* q) { return {"004_844e37307dfc437b.txt", q}; }

inline Source article_004() {
  Source s;
  s.id = "004_844e37307dfc437b.txt";
  s.file = s.id;
  s.script = Script::simplified;
  return s;
}

inline City guiyang() {
  City c;
  c.id = "guiyang";
  c.name_hans = "贵阳";
  c.name_hant = "貴陽";
  c.pinyin = "Guìyáng";
  c.name_en = "Guiyang";
  c.province = "贵州";
  c.admin_level = AdminLevel::prefecture;
  c.provenance = {quote("贵阳")};
  return c;
}

inline IncentiveScheme listing_scheme() {
  IncentiveScheme s;
  s.id = "scheme-guiyang-2017";
  s.name = "贵阳 2017 measures";
  s.city = "guiyang";
  s.issued = RecordedDate{*PartialDate::parse("2017-06"), DateBasis::stated, {}};
  Incentive listing;
  listing.id = "item-listing";
  listing.category = IncentiveCategory::listing;
  listing.tier = IncentiveTier::main_board;
  listing.amount = Quantity::parse("1000万元");
  listing.form = IncentiveForm::grant;
  listing.frequency = Frequency::one_time;
  listing.per = Per::company;
  listing.provenance = {quote("主板上市")};
  s.items.push_back(listing);
  s.provenance = {quote("贵阳")};
  return s;
}

inline IndustrialPark park(const char* id, const char* opened) {
  IndustrialPark p;
  p.id = id;
  p.name = "重庆市区块链产业创新基地";
  p.kind = ParkKind::base;
  p.opened = RecordedDate{*PartialDate::parse(opened), DateBasis::stated, {}};
  p.provenance = {quote("重庆")};
  return p;
}

inline Atlas small_atlas() {
  AtlasBuilder b;
  b.name("small");
  b.add(article_004()).add(guiyang()).add(listing_scheme()).add(park("park-1", "2017-11-02"));
  return b.build();
}

}  // namespace chaincity::testing
