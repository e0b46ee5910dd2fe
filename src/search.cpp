// Keyword search: BM25 over words and CJK bigrams of every record's title, text and quotes.
#include <chaincity/query.hpp>
#include <chaincity/text.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace chaincity {
inline namespace v1 {
namespace {

struct Doc {
  RecordRef ref;
  std::string title;
  std::vector<std::string> texts;  // title, descriptions, quotes: the snippet is the best of these
  std::unordered_map<std::string, int> tf;
  std::size_t length = 0;
};

void add_doc(std::vector<Doc>& docs, const Atlas& atlas, RecordKind kind, const std::string& id,
             std::vector<std::string> texts, const std::vector<Provenance>& prov, const QueryOptions& o) {
  if (!o.include_inserts && atlas.from_insert_only(prov)) return;
  Doc d;
  d.ref = {kind, id};
  d.title = record_title(atlas, d.ref);
  texts.insert(texts.begin(), d.title);
  for (const auto& p : prov) texts.push_back(p.quote);
  for (const auto& t : texts) {
    for (auto& term : search_terms(t)) {
      // A bigram also indexes its two characters, so that a one-character query (链) finds 区块链.
      if (term.size() == 6 && static_cast<unsigned char>(term[0]) >= 0xE0) {
        ++d.tf[term.substr(0, 3)];
        ++d.tf[term.substr(3)];
      }
      ++d.tf[term];
      ++d.length;
    }
  }
  d.texts = std::move(texts);
  docs.push_back(std::move(d));
}

}  // namespace

std::vector<SearchHit> search(const Atlas& atlas, std::string_view query, const QueryOptions& options,
                              std::size_t limit) {
  std::vector<std::string> q = search_terms(query);
  std::sort(q.begin(), q.end());
  q.erase(std::unique(q.begin(), q.end()), q.end());
  if (q.empty()) return {};
  std::vector<Doc> docs;
  for (const auto& c : atlas.cities()) {
    std::vector<std::string> t{c.name_hant, c.pinyin, c.name_en};
    t.insert(t.end(), c.aliases.begin(), c.aliases.end());
    add_doc(docs, atlas, RecordKind::city, c.id, t, c.provenance, options);
  }
  for (const auto& p : atlas.policies())
    add_doc(docs, atlas, RecordKind::policy, p.id, {p.description.value_or(""), p.issuer.value_or("")}, p.provenance,
            options);
  for (const auto& p : atlas.parks())
    add_doc(docs, atlas, RecordKind::park, p.id, {p.host.value_or(""), p.operator_name.value_or("")}, p.provenance,
            options);
  for (const auto& s : atlas.schemes()) {
    add_doc(docs, atlas, RecordKind::scheme, s.id, {s.issuer.value_or("")}, s.provenance, options);
    for (const auto& i : s.items) add_doc(docs, atlas, RecordKind::incentive, i.id, {}, i.provenance, options);
  }
  for (const auto& i : atlas.indicators()) add_doc(docs, atlas, RecordKind::indicator, i.id, {}, i.provenance, options);
  for (const auto& e : atlas.events())
    add_doc(docs, atlas, RecordKind::event, e.id, {e.description.value_or("")}, e.provenance, options);
  for (const auto& a : atlas.applications())
    add_doc(docs, atlas, RecordKind::application, a.id, {a.description.value_or("")}, a.provenance, options);
  if (docs.empty()) return {};

  double avg = 0;
  for (const auto& d : docs) avg += static_cast<double>(d.length);
  avg /= static_cast<double>(docs.size());
  std::map<std::string, double> idf;
  for (const auto& t : q) {
    double n = 0;
    for (const auto& d : docs) n += d.tf.count(t) ? 1 : 0;
    double nd = static_cast<double>(docs.size());
    idf[t] = std::log(1.0 + (nd - n + 0.5) / (n + 0.5));
  }
  constexpr double k1 = 1.2, b = 0.75;
  std::vector<SearchHit> hits;
  for (const auto& d : docs) {
    double score = 0;
    bool all = true;
    for (const auto& t : q) {
      auto it = d.tf.find(t);
      if (it == d.tf.end()) {
        all = false;
        break;
      }
      double f = it->second;
      score += idf[t] * f * (k1 + 1) / (f + k1 * (1 - b + b * static_cast<double>(d.length) / avg));
    }
    if (!all) continue;
    // Snippet: the text with the most query terms.
    std::string best;
    std::size_t best_n = 0;
    for (const auto& text : d.texts) {
      std::string folded = normalize(text);
      std::size_t n = 0;
      for (const auto& t : q) n += folded.find(t) != std::string::npos ? 1 : 0;
      if (n > best_n) {
        best_n = n;
        best = text;
      }
    }
    hits.push_back({d.ref, d.title, best, score});
  }
  std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b2) { return a.score > b2.score; });
  if (hits.size() > limit) hits.resize(limit);
  return hits;
}

}  // namespace v1
}  // namespace chaincity
