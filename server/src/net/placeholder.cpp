namespace kith::server {}
