// The scoring kernel and the radix ranker (rank_kernel.hpp).
#include "rank_kernel.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace chaincity::detail {

ScoreKernel::ScoreKernel(const std::vector<std::vector<std::optional<double>>>& z, const std::vector<std::size_t>& in,
                         const std::vector<std::size_t>& pillar_of, std::size_t pillars, Aggregation within,
                         Aggregation across, double guard)
    : n_(in.size()),
      k_(pillar_of.size()),
      p_(pillars),
      pillar_of_(pillar_of),
      within_(within),
      across_(across),
      guard_(guard),
      term_(k_ * n_, 0.0),
      present_(k_ * n_, 0.0),
      dense_(pillars, true) {
  for (std::size_t j = 0; j < k_; ++j) {
    for (std::size_t q = 0; q < n_; ++q) {
      const std::optional<double>& cell = z[in[q]][j];
      if (!cell) {
        dense_[pillar_of_[j]] = false;
        continue;
      }
      double x = *cell;
      term_[j * n_ + q] = within_ == Aggregation::geometric  ? std::log(std::max(x, guard_))
                          : within_ == Aggregation::harmonic ? 1.0 / std::max(x, guard_)
                                                             : x;
      present_[j * n_ + q] = 1.0;
    }
  }
}

void ScoreKernel::score(std::size_t samples, const double* pillar_w, const double* metric_w, double* scores,
                        double* pillar_scores) const {
  // Blocks of cities small enough that their columns stay in cache while every sample of the batch sweeps them.
  constexpr std::size_t block = 256;
  std::vector<double> num(p_ * block), den(p_ * block), den_dense(p_);
  for (std::size_t c0 = 0; c0 < n_; c0 += block) {
    const std::size_t b = std::min(block, n_ - c0);
    for (std::size_t s = 0; s < samples; ++s) {
      const double* w = metric_w + s * k_;
      const double* pw = pillar_w + s * p_;
      std::fill(num.begin(), num.end(), 0.0);
      std::fill(den.begin(), den.end(), 0.0);
      std::fill(den_dense.begin(), den_dense.end(), 0.0);
      for (std::size_t j = 0; j < k_; ++j) {
        const std::size_t p = pillar_of_[j];
        const double wj = w[j];
        double* np = num.data() + p * block;
        const double* t = term_.data() + j * n_ + c0;
        for (std::size_t q = 0; q < b; ++q) np[q] += wj * t[q];
        if (dense_[p]) {
          den_dense[p] += wj;
        } else {
          double* dp = den.data() + p * block;
          const double* h = present_.data() + j * n_ + c0;
          for (std::size_t q = 0; q < b; ++q) dp[q] += wj * h[q];
        }
      }
      double* out = scores + s * n_ + c0;
      for (std::size_t q = 0; q < b; ++q) {
        double acc = 0, wsum = 0;
        for (std::size_t p = 0; p < p_; ++p) {
          const double d = dense_[p] ? den_dense[p] : den[p * block + q];
          double* ps = pillar_scores ? pillar_scores + ((s * n_ + c0 + q) * p_ + p) : nullptr;
          if (d <= 0) {
            if (ps) *ps = std::numeric_limits<double>::quiet_NaN();
            continue;
          }
          const double nv = num[p * block + q];
          const double sp = within_ == Aggregation::geometric  ? std::exp(nv / d)
                            : within_ == Aggregation::harmonic ? d / nv
                                                               : nv / d;
          if (ps) *ps = sp;
          acc += across_ == Aggregation::geometric  ? pw[p] * std::log(std::max(sp, guard_))
                 : across_ == Aggregation::harmonic ? pw[p] / std::max(sp, guard_)
                                                    : pw[p] * sp;
          wsum += pw[p];
        }
        out[q] = wsum <= 0                           ? 0
                 : across_ == Aggregation::geometric ? std::exp(acc / wsum)
                 : across_ == Aggregation::harmonic  ? wsum / acc
                                                     : acc / wsum;
      }
    }
  }
}

void Ranker::rank(const double* scores, std::size_t n, TiePolicy ties, double* ranks) {
  key_.resize(n);
  key2_.resize(n);
  ix_.resize(n);
  ix2_.resize(n);
  // Keys that sort ascending as the scores sort descending.
  std::array<std::array<std::uint32_t, 256>, 8> count{};
  for (std::size_t i = 0; i < n; ++i) {
    auto bits = std::bit_cast<std::uint64_t>(scores[i]);
    bits = (bits >> 63) ? ~bits : bits | (std::uint64_t{1} << 63);  // ascending order of the score
    key_[i] = ~bits;                                                // descending
    ix_[i] = static_cast<std::uint32_t>(i);
    for (std::size_t d = 0; d < 8; ++d) ++count[d][(key_[i] >> (8 * d)) & 0xFF];
  }
  for (std::size_t d = 0; d < 8; ++d) {
    if (std::any_of(count[d].begin(), count[d].end(), [&](std::uint32_t c) { return c == n; })) continue;
    std::uint32_t sum = 0;
    for (auto& c : count[d]) sum += std::exchange(c, sum);
    for (std::size_t i = 0; i < n; ++i) {
      std::uint32_t at = count[d][(key_[i] >> (8 * d)) & 0xFF]++;
      key2_[at] = key_[i];
      ix2_[at] = ix_[i];
    }
    key_.swap(key2_);
    ix_.swap(ix2_);
  }
  // Groups of equal scores share a rank (−0 and +0 are equal and sort next to each other).
  std::size_t i = 0;
  double dense = 0;
  while (i < n) {
    std::size_t j = i;
    while (j + 1 < n && scores[ix_[j + 1]] == scores[ix_[i]]) ++j;
    ++dense;
    double r = ties == TiePolicy::competition ? static_cast<double>(i + 1)
               : ties == TiePolicy::dense     ? dense
                                              : (static_cast<double>(i + 1) + static_cast<double>(j + 1)) / 2.0;
    for (std::size_t t = i; t <= j; ++t) ranks[ix_[t]] = r;
    i = j + 1;
  }
}

}  // namespace chaincity::detail
