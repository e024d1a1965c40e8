#include <unicode/uspoof.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <stdio.h>
#include <string.h>
#include <ctype.h>
int main(void){
  UErrorCode e=U_ZERO_ERROR;
  USpoofChecker*sc=uspoof_open(&e);
  for(UChar32 c=0x80;c<0x20000;c++){
    if(!(u_isalpha(c)||u_isdigit(c))) continue;
    UChar32 lc=u_tolower(c); UChar in[4]; int32_t n=0; U16_APPEND_UNSAFE(in,n,lc);
    char out[64]; e=U_ZERO_ERROR;
    char inu[8]; int32_t l=0; UErrorCode e2=U_ZERO_ERROR;
    u_strToUTF8(inu,8,&l,in,n,&e2);
    int32_t len=uspoof_getSkeletonUTF8(sc,0,inu,l,out,64,&e);
    if(U_FAILURE(e)) continue;
    out[len]=0;
    int ascii=1; for(int i=0;i<len;i++){ if(!isalnum((unsigned char)out[i])) ascii=0; }
    if(!ascii||len==0||len>3) continue;
    printf("%04X\t%s\t%s\n",c,inu,out);
  }
}
