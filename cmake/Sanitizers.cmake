# AddressSanitizer + UndefinedBehaviorSanitizer for the whole build (MLSYSIM_SANITIZE=ON).
# Any report aborts the process, so a sanitizer finding fails the test that triggered it.
if(MLSYSIM_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
