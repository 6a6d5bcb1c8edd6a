# Writes an assembly file of stubs for every global function of a shared library, so that a
# program can link against the stubs instead of the library and load the library with dlopen
# only when one of its functions is first called (src/lazy_link/lazy_library.h says why).
# Usage: cmake -DLIBRARY=/usr/lib/.../libgdal.so -DNAME=gdal -DNM=nm -DREADELF=readelf
#              -DOUTPUT=lazy_gdal.S -P lazy_stubs.cmake
# Only strong (T) function symbols get a stub: weak ones are template instantiations and
# inline functions that the program holds itself, and data symbols cannot be deferred (a
# program that reads one fails to link: undefined reference).
execute_process(COMMAND ${READELF} -d ${LIBRARY} OUTPUT_VARIABLE dynamic COMMAND_ERROR_IS_FATAL ANY)
string(REGEX MATCH "Library soname: \\[([^]]+)\\]" found "${dynamic}")
if(NOT found)
  message(FATAL_ERROR "${LIBRARY} has no SONAME: it cannot be loaded lazily")
endif()
set(soname "${CMAKE_MATCH_1}")
execute_process(COMMAND ${NM} -D --defined-only ${LIBRARY} OUTPUT_VARIABLE symbols COMMAND_ERROR_IS_FATAL ANY)
string(REGEX MATCHALL "[0-9a-f]+ T [A-Za-z_][A-Za-z0-9_.$]*" lines "${symbols}")
# One stub and one record (its slot, then its name) per function, built with list transforms:
# a loop over thousands of symbols takes CMake tens of seconds.
list(TRANSFORM lines REPLACE "^[0-9a-f]+ T " "")
list(LENGTH lines count)
if(count EQUAL 0)
  message(FATAL_ERROR "${LIBRARY}: no function symbols found with ${NM} -D")
endif()
set(stubs ${lines})
list(TRANSFORM stubs REPLACE "^(.+)$"
  "  .globl \\1\n  .type \\1, @function\n\\1:\n  movq .Lslot.\\1(%rip), %r11\n  testq %r11, %r11\n  jz 1f\n  jmp *%r11\n1:\n  leaq .Lslot.\\1(%rip), %r11\n  jmp chronomap_lazy_${NAME}_resolve\n")
list(JOIN stubs "" stubs)
set(records ${lines})
list(TRANSFORM records REPLACE "^(.+)$" ".Lslot.\\1:\n  .quad 0\n  .asciz \"\\1\"\n  .balign 8\n")
list(JOIN records "" records)
file(WRITE "${OUTPUT}.tmp"
"/* Generated from ${LIBRARY} by cmake/lazy_stubs.cmake: do not modify. */
/* Each stub jumps through its slot; an empty slot sends it to chronomap_lazy_resolve
   (src/lazy_link/lazy_library.cpp) with the slot's record (the slot, then the function's name),
   the argument registers saved around the call. */
  .text
${stubs}
  .type chronomap_lazy_${NAME}_resolve, @function
chronomap_lazy_${NAME}_resolve:
  pushq %rbp
  movq %rsp, %rbp
  subq $192, %rsp
  andq $-16, %rsp
  movq %rdi, 0(%rsp)
  movq %rsi, 8(%rsp)
  movq %rdx, 16(%rsp)
  movq %rcx, 24(%rsp)
  movq %r8, 32(%rsp)
  movq %r9, 40(%rsp)
  movq %rax, 48(%rsp)
  movdqa %xmm0, 64(%rsp)
  movdqa %xmm1, 80(%rsp)
  movdqa %xmm2, 96(%rsp)
  movdqa %xmm3, 112(%rsp)
  movdqa %xmm4, 128(%rsp)
  movdqa %xmm5, 144(%rsp)
  movdqa %xmm6, 160(%rsp)
  movdqa %xmm7, 176(%rsp)
  leaq chronomap_lazy_${NAME}_library(%rip), %rdi
  movq %r11, %rsi
  call chronomap_lazy_resolve@PLT
  movq %rax, %r11
  movq 0(%rsp), %rdi
  movq 8(%rsp), %rsi
  movq 16(%rsp), %rdx
  movq 24(%rsp), %rcx
  movq 32(%rsp), %r8
  movq 40(%rsp), %r9
  movq 48(%rsp), %rax
  movdqa 64(%rsp), %xmm0
  movdqa 80(%rsp), %xmm1
  movdqa 96(%rsp), %xmm2
  movdqa 112(%rsp), %xmm3
  movdqa 128(%rsp), %xmm4
  movdqa 144(%rsp), %xmm5
  movdqa 160(%rsp), %xmm6
  movdqa 176(%rsp), %xmm7
  movq %rbp, %rsp
  popq %rbp
  jmp *%r11

  .data
  .balign 8
/* struct LazyLibrary (src/lazy_link/lazy_library.h): the handle once loaded, the soname */
  .globl chronomap_lazy_${NAME}_library
chronomap_lazy_${NAME}_library:
  .quad 0
  .quad .Lsoname
.Lsoname:
  .asciz \"${soname}\"
  .balign 8
${records}
  .section .note.GNU-stack,\"\",@progbits
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
