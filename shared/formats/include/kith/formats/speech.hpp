#pragma once
//! The plan read aloud by espeak-ng, as PCM samples and as a WAV file.
//!
//! The voice is the reader's language (en-gb for English, ur, pa, bn, pl; espeak-ng's voice of
//! that name for any other language it has, else en-gb). Content in English because it has no
//! translation is said in the en-gb voice after "(English)" said in the reader's voice. A short
//! silence separates the blocks. Nothing is played and no file is written: espeak-ng runs in
//! its synchronous mode and hands the samples back.

#include <cstdint>
#include <string>
#include <vector>

#include "kith/formats/document.hpp"

namespace kith::formats {

//! Mono 16-bit PCM.
struct Wav {
  int sample_rate = 0;
  std::vector<std::int16_t> samples;
};

//! The document spoken (title, then each block).
//! Errors: io_error when espeak-ng cannot start (espeak-ng-data missing), has no voice for
//! English, or fails to synthesise.
//! Thread: any; espeak-ng keeps global state, so calls are serialised on one mutex.
Result<Wav> speech(const Document& document);

//! The words spoken in one voice (espeak-ng's voice name, "en-gb", "ur"), for tests and tools.
Result<Wav> speak_text(std::string_view text, std::string_view voice);

//! RIFF/WAVE file contents (PCM, 16 bits, one channel) for `wav`.
std::string wav_bytes(const Wav& wav);

}  // namespace kith::formats
