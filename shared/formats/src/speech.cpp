#include "kith/formats/speech.hpp"

#include <espeak-ng/speak_lib.h>

#include <cstring>
#include <mutex>

namespace kith::formats {
namespace {

constexpr int kPauseMilliseconds = 400;  // between blocks, so a heading is heard as one

// espeak-ng is one global engine: it is initialised once, and every use holds this mutex.
std::mutex& engine_mutex() {
  static std::mutex m;
  return m;
}

// The samples of the synthesis in progress; the callback reaches them through user_data.
int collect(short* samples, int count, espeak_EVENT* events) {
  if (samples != nullptr && count > 0 && events != nullptr && events->user_data != nullptr) {
    auto* out = static_cast<std::vector<std::int16_t>*>(events->user_data);
    out->insert(out->end(), samples, samples + count);
  }
  return 0;  // 0: go on
}

// The engine's sample rate once it is running (called with the mutex held).
Result<int> engine() {
  static int rate = [] {
    // Synchronous: no audio device and no thread; samples come back through the callback.
    // DONT_EXIT: on an error espeak-ng returns instead of ending the process.
    const int r = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr,
                                    espeakINITIALIZE_DONT_EXIT);
    if (r > 0) espeak_SetSynthCallback(collect);
    return r;
  }();
  if (rate <= 0) {
    return unexpected(ErrorCode::io_error,
                      "espeak-ng could not start: is espeak-ng-data installed?");
  }
  return rate;
}

// espeak-ng's voice for a language: en-gb for English (the families are in the UK).
std::string voice_for(const std::string& language) {
  return language == "en" ? std::string("en-gb") : language;
}

// Says `text` in `voice`, appending to `samples` (mutex held).
Result<void> say(std::string_view text, const std::string& voice, std::vector<std::int16_t>& samples) {
  // By name ("ur"), else by language ("en-gb" names no voice file but is English_(Great_Britain)'s
  // language), else English.
  const auto by_language = [](const char* language) {
    espeak_VOICE spec{};
    spec.languages = language;
    return espeak_SetVoiceByProperties(&spec) == EE_OK;
  };
  if (espeak_SetVoiceByName(voice.c_str()) != EE_OK && !by_language(voice.c_str())) {
    if (!by_language("en-gb")) {
      return unexpected(ErrorCode::io_error, "espeak-ng has no English voice: install espeak-ng-data.");
    }
  }
  const std::string copy(text);  // espeak wants a terminated string
  const espeak_ERROR error = espeak_Synth(copy.c_str(), copy.size() + 1, 0, POS_CHARACTER, 0,
                                          espeakCHARS_UTF8, nullptr, &samples);
  if (error != EE_OK) return unexpected(ErrorCode::io_error, "espeak-ng could not say a block of the plan.");
  return {};
}

void pause(int rate, std::vector<std::int16_t>& samples) {
  samples.insert(samples.end(), static_cast<std::size_t>(rate * kPauseMilliseconds / 1000), 0);
}

void put_le(std::string& out, std::uint32_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFFu));
}

}  // namespace

Result<Wav> speak_text(std::string_view text, std::string_view voice) {
  std::lock_guard lock(engine_mutex());
  KITH_ASSIGN(int rate, engine());
  Wav wav{rate, {}};
  KITH_TRY(say(text, std::string(voice), wav.samples));
  return wav;
}

Result<Wav> speech(const Document& document) {
  std::lock_guard lock(engine_mutex());
  KITH_ASSIGN(int rate, engine());
  Wav wav{rate, {}};
  const std::string voice = voice_for(document.language);
  const std::string english = voice_for("en");
  const auto block = [&](const std::string& text, bool untranslated) -> Result<void> {
    if (untranslated && document.language != "en") {
      KITH_TRY(say(phrase(Phrase::in_english, document.language), voice, wav.samples));
      KITH_TRY(say(text, english, wav.samples));
    } else {
      KITH_TRY(say(text, voice, wav.samples));
    }
    pause(rate, wav.samples);
    return {};
  };
  KITH_TRY(block(document.title, document.title_untranslated));
  for (const Block& b : document.blocks) KITH_TRY(block(b.text, b.untranslated));
  return wav;
}

std::string wav_bytes(const Wav& wav) {
  const auto data_bytes = static_cast<std::uint32_t>(wav.samples.size() * 2);
  const auto rate = static_cast<std::uint32_t>(wav.sample_rate);
  std::string out;
  out.reserve(44 + data_bytes);
  out += "RIFF";
  put_le(out, 36 + data_bytes, 4);
  out += "WAVEfmt ";
  put_le(out, 16, 4);        // the fmt chunk's size
  put_le(out, 1, 2);         // PCM
  put_le(out, 1, 2);         // one channel
  put_le(out, rate, 4);
  put_le(out, rate * 2, 4);  // bytes a second
  put_le(out, 2, 2);         // bytes a frame
  put_le(out, 16, 2);        // bits a sample
  out += "data";
  put_le(out, data_bytes, 4);
  for (std::int16_t s : wav.samples) put_le(out, static_cast<std::uint16_t>(s), 2);
  return out;
}

}  // namespace kith::formats
