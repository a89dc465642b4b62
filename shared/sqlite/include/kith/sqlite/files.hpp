#pragma once
// Small files written so that a crash leaves either the old or the new content, never a mix.

#include <cstdint>
#include <filesystem>
#include <span>
#include <vector>

#include "kith/result.hpp"

namespace kith::files {

//! Writes `bytes` to a temporary file beside `path` (mode 0600), fsyncs it, renames it over
//! `path` and fsyncs the folder.
Result<void> write_atomically(const std::filesystem::path& path, std::span<const std::uint8_t> bytes);
//! Reads a file of at most `max_bytes`; of a larger one, its first max_bytes + 1 bytes.
//! store_not_found if absent, io_error otherwise.
Result<std::vector<std::uint8_t>> read(const std::filesystem::path& path, std::size_t max_bytes);
//! Renames atomically and fsyncs the folder.
Result<void> rename_durably(const std::filesystem::path& from, const std::filesystem::path& to);
//! Removes a file if present and fsyncs the folder.
Result<void> remove_durably(const std::filesystem::path& path);

}  // namespace kith::files
