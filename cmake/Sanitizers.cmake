# AddressSanitizer + UndefinedBehaviorSanitizer (MLSYSIM_SANITIZE=ON), carried by an INTERFACE
# target rather than global flags, so a project that adds mlsysim with add_subdirectory keeps its
# own flags. Any report aborts the process, so a finding fails the test that triggered it.
add_library(mlsysim_sanitizers INTERFACE)
if(MLSYSIM_SANITIZE)
  target_compile_options(mlsysim_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(mlsysim_sanitizers INTERFACE -fsanitize=address,undefined
    -fno-sanitize-recover=all)
endif()

# Instruments `target`; the instrumented static library needs the sanitizer runtime in whatever
# links it, so the link options travel with it inside this build (never into the installed
# package: MLSYSIM_SANITIZE builds are for testing).
function(mlsysim_use_sanitizers target)
  if(MLSYSIM_SANITIZE)
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "OBJECT_LIBRARY")
      target_link_libraries(${target} PRIVATE mlsysim_sanitizers)
    else()
      target_link_libraries(${target} PUBLIC $<BUILD_INTERFACE:mlsysim_sanitizers>)
    endif()
  endif()
endfunction()
