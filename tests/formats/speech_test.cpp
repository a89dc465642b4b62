// Speech: espeak-ng's audio is there, at its rate, not silent, about as long as the words, in
// each of Kith's five languages; the WAV file's header.

#include "kith/formats/speech.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "formats_fixture.hpp"

namespace kith::formats {
namespace {

using testing::demo_document;

double rms(const std::vector<std::int16_t>& samples) {
  double sum = 0;
  for (std::int16_t s : samples) sum += static_cast<double>(s) * s;
  return samples.empty() ? 0 : std::sqrt(sum / static_cast<double>(samples.size()));
}

double seconds(const Wav& wav) {
  return static_cast<double>(wav.samples.size()) / wav.sample_rate;
}

std::uint32_t le32(const std::string& b, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
  return v;
}

TEST(Speech, TheDemoPlanIsSpokenAtTheReportedRate) {
  auto wav = speech(demo_document({"en", false}));
  ASSERT_TRUE(wav) << wav.error().describe();
  EXPECT_EQ(wav->sample_rate, 22050);
  EXPECT_GT(seconds(*wav), 20.0);   // a whole plan
  EXPECT_LT(seconds(*wav), 300.0);
  EXPECT_GT(rms(wav->samples), 500.0) << "too quiet: silence?";
}

TEST(Speech, EachLanguageHasAVoice) {
  for (const char* lang : {"en", "ur", "pa", "bn", "pl"}) {
    const Document doc = demo_document({lang, false});
    auto wav = speech(doc);
    ASSERT_TRUE(wav) << lang << ": " << wav.error().describe();
    EXPECT_EQ(wav->sample_rate, 22050) << lang;
    EXPECT_GT(seconds(*wav), 10.0) << lang;
    EXPECT_GT(rms(wav->samples), 500.0) << lang;
  }
  for (const char* voice : {"en-gb", "ur", "pa", "bn", "pl"}) {
    auto heading = speak_text(phrase(Phrase::we_will_do, voice == std::string("en-gb") ? "en" : voice), voice);
    ASSERT_TRUE(heading) << voice;
    EXPECT_GT(seconds(*heading), 0.3) << voice;
    EXPECT_GT(rms(heading->samples), 500.0) << voice;
  }
}

TEST(Speech, LongerTextTakesLonger) {
  const std::string sentence = "Nan stays at night when Mum works late. ";
  auto one = speak_text(sentence, "en-gb");
  auto four = speak_text(sentence + sentence + sentence + sentence, "en-gb");
  ASSERT_TRUE(one);
  ASSERT_TRUE(four);
  const double ratio = seconds(*four) / seconds(*one);
  EXPECT_GT(ratio, 3.0);
  EXPECT_LT(ratio, 5.0);
}

TEST(Speech, EasyReadIsShorter) {
  auto full = speech(demo_document({"en", false}));
  auto easy = speech(demo_document({"en", true}));
  ASSERT_TRUE(full);
  ASSERT_TRUE(easy);
  EXPECT_LT(easy->samples.size(), full->samples.size());
}

TEST(Speech, TheWavFileIsPcm16Mono) {
  Wav wav{22050, {0, 1000, -1000, 32767, -32768}};
  const std::string bytes = wav_bytes(wav);
  ASSERT_EQ(bytes.size(), 44u + 10u);
  EXPECT_EQ(bytes.substr(0, 4), "RIFF");
  EXPECT_EQ(le32(bytes, 4), bytes.size() - 8);
  EXPECT_EQ(bytes.substr(8, 8), "WAVEfmt ");
  EXPECT_EQ(le32(bytes, 16), 16u);
  EXPECT_EQ(le32(bytes, 20) & 0xFFFF, 1u);   // PCM
  EXPECT_EQ(le32(bytes, 20) >> 16, 1u);      // mono
  EXPECT_EQ(le32(bytes, 24), 22050u);
  EXPECT_EQ(le32(bytes, 28), 44100u);
  EXPECT_EQ(le32(bytes, 32), (16u << 16) | 2u);
  EXPECT_EQ(bytes.substr(36, 4), "data");
  EXPECT_EQ(le32(bytes, 40), 10u);
  EXPECT_EQ(static_cast<unsigned char>(bytes[44 + 6]), 0xFF);  // 32767 little-endian
  EXPECT_EQ(static_cast<unsigned char>(bytes[44 + 7]), 0x7F);
}

}  // namespace
}  // namespace kith::formats
