#pragma once
//! The formats a person asked for, written as files: the one place Kith writes a plan format to
//! disk, so that it is written only where the caller says and only readable by its owner.

#include <string>
#include <string_view>
#include <vector>

#include "kith/formats/document.hpp"

namespace kith::formats {

enum class Format { easy_read_text, large_print_pdf, audio_wav, braille_brf };

//! "easy-read", "large-print", "audio", "braille": the names kith-admin takes.
std::string_view format_name(Format format);
//! The file extension with its dot: ".txt", ".pdf", ".wav", ".brf".
std::string_view format_extension(Format format);
//! The format with that name; invalid_argument otherwise.
Result<Format> format_from_name(std::string_view name);

//! The formats a person's recorded CommunicationNeeds ask for, in the order of Format: easy
//! read -> easy_read_text, large print -> large_print_pdf, audio -> audio_wav, a braille grade ->
//! braille_brf. None if they asked for none (sign language and interpreters are not files).
std::vector<Format> formats_for(const kith::v1::CommunicationNeeds& needs);

//! The file's contents (braille at needs.braille, grade 1 if none is recorded).
Result<std::string> render_format(Format format, const Document& document,
                                  const kith::v1::CommunicationNeeds& needs);

//! Writes one format into `folder` (which must exist) as `base_name` plus the format's
//! extension, returning the path. The file is made with O_CREAT|O_EXCL, mode 0600, at a
//! temporary name in that same folder, written, fsynced and renamed over the final name (a
//! file of that name is replaced); on any error the temporary file is removed. Nothing is
//! written anywhere else: rendering happens in memory.
//! Errors: invalid_argument for a base_name that is empty, hidden or has a '/'; not_found when
//! the folder does not exist or is not a folder; io_error when the disk refuses; the
//! renderer's errors.
Result<std::string> write_format(Format format, const Document& document,
                                 const kith::v1::CommunicationNeeds& needs,
                                 const std::string& folder, const std::string& base_name);

}  // namespace kith::formats
