# kith_strict(target): the project's warning set, applied to every target we write (never to
# generated protobuf code, which is compiled without it).
function(kith_strict target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion -Wno-missing-field-initializers
                                           -Wnon-virtual-dtor
                                           -Wold-style-cast -Woverloaded-virtual)
  if(KITH_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
