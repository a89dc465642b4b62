namespace kith::net {}
