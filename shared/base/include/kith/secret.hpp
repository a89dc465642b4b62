#pragma once
//! Key material and PINs: bytes that wipe themselves when they go, are never copied implicitly
//! and never printed.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kith {

//! Zeroes memory in a way the optimiser may not remove.
void secure_wipe(void* data, std::size_t size) noexcept;

//! Owned secret bytes, wiped on destruction. Move-only; clone() makes an explicit copy.
class SecretBytes {
 public:
  SecretBytes() = default;
  explicit SecretBytes(std::size_t size) : bytes_(size, 0) {}
  explicit SecretBytes(std::span<const std::uint8_t> bytes) : bytes_(bytes.begin(), bytes.end()) {}
  SecretBytes(SecretBytes&& other) noexcept : bytes_(std::move(other.bytes_)) { other.bytes_.clear(); }
  SecretBytes& operator=(SecretBytes&& other) noexcept;
  SecretBytes(const SecretBytes&) = delete;
  SecretBytes& operator=(const SecretBytes&) = delete;
  ~SecretBytes() { wipe(); }

  SecretBytes clone() const { return SecretBytes(std::span(bytes_)); }
  std::uint8_t* data() { return bytes_.data(); }
  const std::uint8_t* data() const { return bytes_.data(); }
  std::size_t size() const { return bytes_.size(); }
  bool empty() const { return bytes_.empty(); }
  std::span<const std::uint8_t> span() const { return bytes_; }
  std::span<std::uint8_t> span() { return bytes_; }
  bool operator==(const SecretBytes& other) const;  //!< constant time for equal sizes

 private:
  void wipe() noexcept;
  std::vector<std::uint8_t> bytes_;
};

//! A PIN or passphrase as the person typed it, wiped on destruction.
class Pin {
 public:
  explicit Pin(std::string_view typed) : bytes_(std::span(
      reinterpret_cast<const std::uint8_t*>(typed.data()), typed.size())) {}
  std::span<const std::uint8_t> bytes() const { return bytes_.span(); }
  std::size_t size() const { return bytes_.size(); }

 private:
  SecretBytes bytes_;
};

}  // namespace kith
